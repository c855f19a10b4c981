package fr.conventio.application.funder;

import fr.conventio.application.dashboard.BudgetLineConsumption;
import fr.conventio.domain.party.FunderKind;
import fr.conventio.domain.party.PostalAddress;
import fr.conventio.domain.party.Signatory;
import fr.conventio.domain.party.Siret;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.FunderId;

import java.util.List;

/**
 * The settings screen (read model): the funder's identity with its {@code version} (for
 * {@link SetUpFunderCommand}), its signatories, and its budget lines by code, each with its
 * {@code version} (for {@link DefineBudgetLineCommand}) and its figures per budget year (oldest first).
 */
public record FunderSettings(FunderId id, long version, String name, FunderKind kind, Siret siret, PostalAddress address,
                             List<Signatory> signatories, List<BudgetLineSettings> budgetLines) {

    public FunderSettings {
        signatories = List.copyOf(signatories);
        budgetLines = List.copyOf(budgetLines);
    }

    /** One budget line and its years: every year with an envelope, an adopted budget or a commitment. */
    public record BudgetLineSettings(BudgetLineId id, long version, String code, String label, List<YearFigures> years) {

        public BudgetLineSettings {
            years = List.copyOf(years);
        }
    }

    /**
     * One year of a line.
     *
     * @param adopted   whether the funder's budget of the year is adopted on this line (B4)
     * @param paid      see {@link BudgetLineConsumption#paid()}
     * @param remaining envelope − committed, never below zero
     */
    public record YearFigures(BudgetYear year, Amount envelope, boolean adopted, Amount committed, Amount paid, Amount remaining) {
    }
}
