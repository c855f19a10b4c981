package fr.conventio.application.drafting;

import fr.conventio.application.shared.CommandChecks;

/** Creates an agreement in DRAFT with all its parts. */
public record CreateDraftAgreementCommand(AgreementTerms terms) {

    public CreateDraftAgreementCommand {
        CommandChecks.required(terms, "convention");
    }
}
