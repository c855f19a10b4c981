package fr.conventio.domain.agreement;

import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.InvalidValueException;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The settlement of the agreement (A1): the final subsidy (never above the voted one), its date, the real
 * expenses it was computed on, the subsidy in force it was computed from (voted minus the reductions
 * decided until then) and who recorded it (login). The last three are unknown ({@code null}) for settlements
 * recorded before they were kept.
 */
public record Settlement(Amount finalSubsidy, LocalDate settledOn, Amount realExpenses, Amount subsidyBase, String settledBy) {

    public Settlement {
        Checks.require("liquidation (subvention définitive)", finalSubsidy);
        Checks.require("liquidation (date)", settledOn);
        settledBy = settledBy == null ? null : Checks.requireText("liquidation (enregistrée par)", settledBy);
        if (subsidyBase != null && finalSubsidy.isGreaterThan(subsidyBase)) {
            throw new InvalidValueException("subvention définitive", "la subvention définitive (" + finalSubsidy
                    + ") dépasse la subvention en vigueur sur laquelle elle est calculée (" + subsidyBase + ")");
        }
    }

    /** The real justified expenses of the final income statement, when recorded. */
    public Optional<Amount> realExpensesIfKnown() {
        return Optional.ofNullable(realExpenses);
    }

    /** Who recorded the settlement (login), when recorded. */
    public Optional<String> settledByIfKnown() {
        return Optional.ofNullable(settledBy);
    }

    /** The subsidy in force the final subsidy was computed on, when recorded. */
    public Optional<Amount> subsidyBaseIfKnown() {
        return Optional.ofNullable(subsidyBase);
    }
}
