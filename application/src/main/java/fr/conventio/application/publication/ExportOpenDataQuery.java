package fr.conventio.application.publication;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.domain.shared.BudgetYear;

/** Asks for the open-data file (X1) of a budget year. */
public record ExportOpenDataQuery(BudgetYear year) {

    public ExportOpenDataQuery {
        CommandChecks.required(year, "exercice");
    }
}
