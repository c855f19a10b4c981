package fr.conventio.application.mail;

import fr.conventio.application.shared.ReadOnly;

/** Prefills the e-mail that sends a generated document (recipient, subject, body in French); reads only. */
public interface GetDocumentMailDraftUseCase extends ReadOnly {

    DocumentMailDraft prepare(GetDocumentMailDraftQuery query);
}
