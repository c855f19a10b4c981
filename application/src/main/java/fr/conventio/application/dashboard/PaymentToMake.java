package fr.conventio.application.dashboard;

import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;

/**
 * A payment the funder can make now (dashboard read model).
 * <ul>
 *   <li>ADVANCE: a SIGNED agreement (not suspended) whose advances do not reach the cap (V1);
 *       {@code amount} = advance cap − advances recorded, never more than the subsidy in force
 *       minus everything recorded;</li>
 *   <li>BALANCE: a SETTLED agreement with no balance recorded, its three balance documents (O10)
 *       accepted or waived and a balance due (V2); {@code amount} = the balance due.</li>
 * </ul>
 */
public record PaymentToMake(PaymentKind kind, AgreementId agreementId, String agreementReference, String associationName,
                            int budgetYear, Amount amount) {
}
