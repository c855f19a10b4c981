package fr.conventio.application.publication;

import fr.conventio.application.shared.ReadOnly;
import fr.conventio.domain.shared.BudgetYear;

import java.util.List;

/**
 * The SCDL "subventions" open-data file of the signed grants above 23 000 € of a budget year (X1); a row
 * that cannot be published is left out and reported, with its reason, instead of failing the year.
 */
public interface ExportOpenDataUseCase extends ReadOnly {

    OpenDataExport export(ExportOpenDataQuery query);

    /** The budget years that have at least one signed agreement, most recent first: the years there is something to publish for. */
    List<BudgetYear> years();
}
