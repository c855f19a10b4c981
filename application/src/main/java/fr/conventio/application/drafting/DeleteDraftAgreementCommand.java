package fr.conventio.application.drafting;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.domain.shared.AgreementId;

/** Deletes a draft agreement the user saw at {@code expectedVersion}. */
public record DeleteDraftAgreementCommand(AgreementId agreementId, long expectedVersion) {

    public DeleteDraftAgreementCommand {
        CommandChecks.required(agreementId, "convention");
        CommandChecks.expectedVersion(expectedVersion);
    }
}
