package fr.conventio.application.dashboard;

import fr.conventio.domain.account.AgreementStage;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.settlement.RecoveryOrderId;
import fr.conventio.domain.settlement.RecoveryOrderNumber;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;

import java.time.LocalDate;

/**
 * A recovery order waiting for money (titre à encaisser, A2), for the finance department: issued, not
 * cancelled, not fully recovered; whatever the agreement's stage (terminated agreements included).
 *
 * @param remainingDue what is left to recover (the order's amount less the receipts)
 */
public record RecoveryOrderToCollect(RecoveryOrderId orderId, RecoveryOrderNumber number, AgreementId agreementId,
                                     String agreementReference, String associationName, AgreementStage stage,
                                     RecoveryGround ground, Amount amount, Amount remainingDue, LocalDate issuedOn) {
}
