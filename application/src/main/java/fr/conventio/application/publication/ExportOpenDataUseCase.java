package fr.conventio.application.publication;

/** The SCDL "subventions" open-data file of the signed grants above 23 000 € of a budget year (X1). */
public interface ExportOpenDataUseCase {

    OpenDataExport export(ExportOpenDataQuery query);
}
