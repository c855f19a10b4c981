package fr.conventio.application.mail;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.domain.shared.AgreementId;

import java.util.UUID;

/** The e-mail to prefill for one generated document of an agreement. */
public record PrepareDocumentMailQuery(AgreementId agreementId, UUID generatedDocumentId) {

    public PrepareDocumentMailQuery {
        CommandChecks.required(agreementId, "convention");
        CommandChecks.required(generatedDocumentId, "document");
    }
}
