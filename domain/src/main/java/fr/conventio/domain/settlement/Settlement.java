package fr.conventio.domain.settlement;

import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.InvalidValueException;
import java.util.Optional;

/**
 * The outcome of settling a subsidy on the real expenses (A1), computed by {@link SettlementPolicy}.
 * Either a balance is due or an overpayment is to be recovered (A2), never both:
 * {@code alreadyPaid + balanceDue == finalSubsidy + overpayment}. The final subsidy is the pro-rata final of A1
 * plus what the association keeps of the unspent part under the agreement's keep-unspent clause (A4):
 * {@code finalSubsidy == proRataSubsidy + kept}, {@code kept} zero without clause.
 */
public record Settlement(Amount votedSubsidy, Amount forecastExpenses, Amount realExpenses, Amount alreadyPaid,
                         Amount finalSubsidy, Amount balanceDue, Amount overpayment, Amount proRataSubsidy, Amount kept) {

    /** A settlement without keep-unspent clause (A1 as is): the final subsidy is the pro-rata one, nothing kept. */
    public Settlement(Amount votedSubsidy, Amount forecastExpenses, Amount realExpenses, Amount alreadyPaid,
                      Amount finalSubsidy, Amount balanceDue, Amount overpayment) {
        this(votedSubsidy, forecastExpenses, realExpenses, alreadyPaid, finalSubsidy, balanceDue, overpayment, finalSubsidy, Amount.ZERO);
    }

    public Settlement {
        if (votedSubsidy == null || forecastExpenses == null || realExpenses == null || alreadyPaid == null
                || finalSubsidy == null || balanceDue == null || overpayment == null || proRataSubsidy == null || kept == null) {
            throw new InvalidValueException("liquidation", "un des montants de la liquidation est absent");
        }
        if (finalSubsidy.isGreaterThan(votedSubsidy)) {
            throw new InvalidValueException("subvention définitive", "la subvention définitive ne dépasse jamais la subvention votée");
        }
        if (!proRataSubsidy.plus(kept).equals(finalSubsidy)) {
            throw new InvalidValueException("subvention définitive", "la subvention définitive doit égaler le prorata plus la part conservée");
        }
        if (!balanceDue.isZero() && !overpayment.isZero()) {
            throw new InvalidValueException("liquidation", "un solde dû et un trop-perçu ne peuvent coexister");
        }
        if (!alreadyPaid.plus(balanceDue).equals(finalSubsidy.plus(overpayment))) {
            throw new InvalidValueException("liquidation", "versé + solde doit égaler subvention définitive + trop-perçu");
        }
    }

    /** The unspent part of the subsidy (A4): subsidy − pro-rata final; zero when the expenses reach the forecast. */
    public Amount unspent() {
        return votedSubsidy.minusOrZero(proRataSubsidy);
    }

    public boolean isOverpaid() {
        return !overpayment.isZero();
    }

    /** The claim of a recovery order for the overpayment (A2), when there is one. */
    public Optional<RecoveryClaim> recoveryClaim() {
        return isOverpaid() ? Optional.of(new RecoveryClaim(RecoveryGround.OVERPAYMENT, overpayment)) : Optional.empty();
    }
}
