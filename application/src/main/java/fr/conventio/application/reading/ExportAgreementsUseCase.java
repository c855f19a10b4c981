package fr.conventio.application.reading;

import fr.conventio.application.shared.ReadOnly;

/** The agreements matching the list's filters as a CSV file for French spreadsheets. */
public interface ExportAgreementsUseCase extends ReadOnly {

    AgreementsExport export(ExportAgreementsQuery query);
}
