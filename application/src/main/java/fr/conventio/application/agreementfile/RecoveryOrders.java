package fr.conventio.application.agreementfile;

import fr.conventio.application.port.out.RecoveryOrderNumberingPort;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.settlement.RecoveryClaim;
import fr.conventio.domain.settlement.RecoveryOrder;
import fr.conventio.domain.settlement.RecoveryOrderId;
import fr.conventio.domain.settlement.RecoveryOrderNumber;
import fr.conventio.domain.shared.Amount;

import java.time.LocalDate;

/** Issuing a recovery order (A2) for a claim of the agreement's account, shared by the recovery-order and termination use cases. */
public final class RecoveryOrders {

    private RecoveryOrders() {
    }

    /**
     * Checks the order with a provisional number first (amount exactly the claim, A2), so that a refused
     * order does not use a number; then takes the next number of the funder and year and issues it.
     */
    public static RecoveryOrder issue(Agreement agreement, RecoveryClaim claim, Amount amount, LocalDate issuedOn,
                                      RecoveryOrderNumberingPort numbering) {
        RecoveryOrder.issue(RecoveryOrderId.newId(), agreement.funderId(), agreement.id(),
                RecoveryOrderNumber.of(issuedOn.getYear(), 1), claim, amount, issuedOn);
        RecoveryOrderNumber number = numbering.nextNumber(agreement.funderId(), issuedOn.getYear());
        return RecoveryOrder.issue(RecoveryOrderId.newId(), agreement.funderId(), agreement.id(), number, claim, amount, issuedOn);
    }
}
