package fr.conventio.domain.multiyear;

import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.DomainException;

import java.util.Optional;

/**
 * D5: a later year (2 to 4) of a CPO: its budget year, its yearly amount split on that year's budget lines (B3,
 * checked by {@link Subsidy}), and where it stands. A confirmed year carries its {@link YearConfirmation}; the others
 * none.
 */
public record PlannedYear(int rank, BudgetYear budgetYear, Subsidy subsidy, PlannedYearStatus status,
                          YearConfirmation confirmation) {

    public PlannedYear {
        if (rank < 2 || rank > MultiYearPlan.MAX_YEARS) {
            throw new DomainException("convention pluriannuelle : année de rang " + rank + " (les années suivantes sont de rang 2 à "
                    + MultiYearPlan.MAX_YEARS + ")");
        }
        Checks.require("convention pluriannuelle (exercice de l'année)", budgetYear);
        Checks.require("convention pluriannuelle (montant de l'année)", subsidy);
        Checks.require("convention pluriannuelle (état de l'année)", status);
        if ((status == PlannedYearStatus.CONFIRMED) != (confirmation != null)) {
            throw new DomainException("convention pluriannuelle : l'année " + budgetYear
                    + " porte une confirmation si et seulement si elle est confirmée");
        }
    }

    public static PlannedYear toConfirm(int rank, BudgetYear budgetYear, Subsidy subsidy) {
        return new PlannedYear(rank, budgetYear, subsidy, PlannedYearStatus.TO_CONFIRM, null);
    }

    public Amount amount() {
        return subsidy.votedAmount();
    }

    public boolean confirmed() {
        return status == PlannedYearStatus.CONFIRMED;
    }

    public Optional<YearConfirmation> confirmationIfAny() {
        return Optional.ofNullable(confirmation);
    }

    PlannedYear confirm(YearConfirmation yearConfirmation) {
        return new PlannedYear(rank, budgetYear, subsidy, PlannedYearStatus.CONFIRMED, yearConfirmation);
    }

    PlannedYear drop() {
        return new PlannedYear(rank, budgetYear, subsidy, PlannedYearStatus.DROPPED, null);
    }
}
