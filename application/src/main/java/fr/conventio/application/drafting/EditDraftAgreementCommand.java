package fr.conventio.application.drafting;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.domain.shared.AgreementId;

/** Replaces every part of a draft agreement by the form's values. */
public record EditDraftAgreementCommand(AgreementId agreementId, long expectedVersion, AgreementTerms terms) {

    public EditDraftAgreementCommand {
        CommandChecks.required(agreementId, "convention");
        CommandChecks.expectedVersion(expectedVersion);
        CommandChecks.required(terms, "convention");
    }
}
