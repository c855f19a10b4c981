package fr.conventio.application.dashboard;

import fr.conventio.domain.account.AgreementStage;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;

/**
 * An agreement waiting for a decision of the staff (dashboard read model).
 *
 * @param amount the subsidy voted, except for RECOVERY_ORDER: what is owed back and no recovery order claims yet,
 *               and for CLOSURE: the final subsidy as adjusted
 */
public record AgreementAwaitingDecision(AwaitedDecision decision, AgreementId agreementId, String agreementReference,
                                        String associationName, int budgetYear, AgreementStage stage, Amount amount) {
}
