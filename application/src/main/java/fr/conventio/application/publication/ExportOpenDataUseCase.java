package fr.conventio.application.publication;

import fr.conventio.application.shared.ReadOnly;

/** The SCDL "subventions" open-data file of the signed grants above 23 000 € of a budget year (X1). */
public interface ExportOpenDataUseCase extends ReadOnly {

    OpenDataExport export(ExportOpenDataQuery query);
}
