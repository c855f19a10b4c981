package fr.conventio.application.dashboard;

import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;

/**
 * A payment the funder can make now (dashboard read model), as the agreement's account computed it:
 * <ul>
 *   <li>ADVANCE: the advance available (V1 within V3) of a SIGNED agreement (not suspended);</li>
 *   <li>BALANCE: the balance payable (V2) of a SETTLED agreement with no balance recorded and its three
 *       balance documents (O10) accepted or waived.</li>
 * </ul>
 */
public record PaymentToMake(PaymentKind kind, AgreementId agreementId, String agreementReference, String associationName,
                            int budgetYear, Amount amount) {
}
