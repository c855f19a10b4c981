package fr.conventio.domain.agreement;

import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.TextLimits;

/**
 * The part of the subsidy charged to one budget line of the funder (B3), e.g. 30 000,00 € on the
 * Budget Principal Métropolitain (CT1). The label is optional (the line's own label is the reference).
 */
public record SubsidyAllocation(BudgetLineId budgetLineId, String label, Amount amount) {

    public SubsidyAllocation {
        Checks.require("répartition (ligne budgétaire)", budgetLineId);
        label = Checks.optionalText("répartition (libellé)", label, TextLimits.LABEL);
        Checks.requirePositive("répartition (montant)", amount);
    }

    public static SubsidyAllocation of(BudgetLineId budgetLineId, String label, Amount amount) {
        return new SubsidyAllocation(budgetLineId, label, amount);
    }
}
