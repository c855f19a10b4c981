package fr.conventio.application.reading;

/** The agreements matching the list's filters as a CSV file for French spreadsheets. */
public interface ExportAgreementsUseCase {

    AgreementsExport export(ExportAgreementsQuery query);
}
