package fr.conventio.application.funder;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.application.shared.InvalidCommandException;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.TextLimits;

/**
 * Creates a budget line of the funder ({@code budgetLineId} null) or updates one (B3, B4): code and
 * label, and optionally for {@code year} its envelope and/or the adoption of that year's budget.
 */
public record DefineBudgetLineCommand(BudgetLineId budgetLineId, Long expectedVersion, String code, String label,
                                      BudgetYear year, Amount envelope, boolean budgetAdopted) {

    public DefineBudgetLineCommand {
        code = CommandChecks.requiredText(code, "code de la ligne budgétaire", TextLimits.CODE);
        label = CommandChecks.requiredText(label, "libellé de la ligne budgétaire", TextLimits.LABEL);
        if (budgetLineId != null) {
            CommandChecks.expectedVersion(expectedVersion);
        }
        if ((envelope != null || budgetAdopted) && year == null) {
            throw new InvalidCommandException("exercice", "champ obligatoire pour une enveloppe ou l'adoption du budget");
        }
    }

    public static DefineBudgetLineCommand create(String code, String label, BudgetYear year, Amount envelope, boolean budgetAdopted) {
        return new DefineBudgetLineCommand(null, null, code, label, year, envelope, budgetAdopted);
    }
}
