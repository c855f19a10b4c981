package fr.conventio.application.control;

import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.shared.Amount;

/** After the decision: the agreement's version and status, the subsidy in force and what the decision makes recoverable. */
public record RecordFundingDecisionResult(long agreementVersion, AgreementStatus status, Amount subsidyInForce, Amount amountToRecover) {
}
