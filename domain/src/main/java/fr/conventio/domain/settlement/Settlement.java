package fr.conventio.domain.settlement;

import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.InvalidValueException;
import java.util.Optional;

/**
 * The outcome of settling a subsidy on the real expenses (A1), computed by {@link SettlementPolicy}.
 * Either a balance is due or an overpayment is to be recovered (A2), never both:
 * {@code alreadyPaid + balanceDue == finalSubsidy + overpayment}.
 */
public record Settlement(Amount votedSubsidy, Amount forecastExpenses, Amount realExpenses, Amount alreadyPaid,
                         Amount finalSubsidy, Amount balanceDue, Amount overpayment) {

    public Settlement {
        if (votedSubsidy == null || forecastExpenses == null || realExpenses == null || alreadyPaid == null
                || finalSubsidy == null || balanceDue == null || overpayment == null) {
            throw new InvalidValueException("liquidation", "un des montants de la liquidation est absent");
        }
        if (finalSubsidy.isGreaterThan(votedSubsidy)) {
            throw new InvalidValueException("subvention définitive", "la subvention définitive ne dépasse jamais la subvention votée");
        }
        if (!balanceDue.isZero() && !overpayment.isZero()) {
            throw new InvalidValueException("liquidation", "un solde dû et un trop-perçu ne peuvent coexister");
        }
        if (!alreadyPaid.plus(balanceDue).equals(finalSubsidy.plus(overpayment))) {
            throw new InvalidValueException("liquidation", "versé + solde doit égaler subvention définitive + trop-perçu");
        }
    }

    public boolean isOverpaid() {
        return !overpayment.isZero();
    }

    /** The claim of a recovery order for the overpayment (A2), when there is one. */
    public Optional<RecoveryClaim> recoveryClaim() {
        return isOverpaid() ? Optional.of(new RecoveryClaim(RecoveryGround.OVERPAYMENT, overpayment)) : Optional.empty();
    }
}
