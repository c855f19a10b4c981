package fr.conventio.application.dashboard;

import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;

/**
 * An agreement waiting for a decision of the staff (dashboard read model).
 *
 * @param amount the subsidy voted, except for OVERPAYMENT_RECOVERY: the overpayment no recovery order claims yet
 */
public record AgreementAwaitingDecision(AwaitedDecision decision, AgreementId agreementId, String agreementReference,
                                        String associationName, int budgetYear, AgreementStatus status, Amount amount) {
}
