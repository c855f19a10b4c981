package fr.conventio.application.reading;

import fr.conventio.application.shared.CommandChecks;

/** Asks for the agreements list as a spreadsheet file, with the list's filters. */
public record ExportAgreementsQuery(AgreementSearch search) {

    public ExportAgreementsQuery {
        CommandChecks.required(search, "filtres");
    }
}
