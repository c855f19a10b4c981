package fr.conventio.application.agreementfile;

import fr.conventio.application.port.out.RecoveryOrderNumberingPort;
import fr.conventio.domain.settlement.RecoveryClaim;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.settlement.RecoveryOrder;
import fr.conventio.domain.settlement.RecoveryOrderId;
import fr.conventio.domain.settlement.RecoveryOrderNumber;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.FrenchFormat;
import fr.conventio.domain.shared.RuleViolationException;

import java.time.LocalDate;

/** Issuing a recovery order (A2), shared by the recovery-order and termination use cases. */
public final class RecoveryOrders {

    private RecoveryOrders() {
    }

    /** The claim of what is owed on a ground and not yet claimed; refused when nothing is. */
    public static RecoveryClaim claim(AgreementFile file, RecoveryGround ground) {
        Amount outstanding = file.outstanding(ground);
        if (outstanding.isZero()) {
            throw new RuleViolationException("A2", "convention " + file.value().reference() + " : aucune somme n'est à recouvrer au titre « "
                    + ground.label() + " » (dû " + FrenchFormat.amount(file.owed(ground)) + ", déjà mis en recouvrement "
                    + FrenchFormat.amount(file.claimed(ground)) + ")");
        }
        return new RecoveryClaim(ground, outstanding);
    }

    /**
     * Checks the order with a provisional number first (amount exactly the claim, A2), so that a refused
     * order does not use a number; then takes the next number of the funder and year and issues it.
     */
    public static RecoveryOrder issue(AgreementFile file, RecoveryClaim claim, Amount amount, LocalDate issuedOn,
                               RecoveryOrderNumberingPort numbering) {
        RecoveryOrder.issue(RecoveryOrderId.newId(), file.value().funderId(), file.value().id(),
                RecoveryOrderNumber.of(issuedOn.getYear(), 1), claim, amount, issuedOn);
        RecoveryOrderNumber number = numbering.nextNumber(file.value().funderId(), issuedOn.getYear());
        return RecoveryOrder.issue(RecoveryOrderId.newId(), file.value().funderId(), file.value().id(), number, claim, amount, issuedOn);
    }
}
