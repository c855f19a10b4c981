package fr.conventio.application.mail;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.domain.shared.AgreementId;

import java.util.UUID;

/** The e-mail to prefill for one generated document of an agreement. */
public record GetDocumentMailDraftQuery(AgreementId agreementId, UUID generatedDocumentId) {

    public GetDocumentMailDraftQuery {
        CommandChecks.required(agreementId, "convention");
        CommandChecks.required(generatedDocumentId, "document");
    }
}
