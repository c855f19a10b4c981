package fr.conventio.application.dashboard;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.domain.shared.BudgetYear;

/** Asks for the consumption of every budget line of the funder on a budget year. */
public record ListBudgetConsumptionQuery(BudgetYear year) {

    public ListBudgetConsumptionQuery {
        CommandChecks.required(year, "exercice");
    }
}
