package fr.conventio.application.document;

import fr.conventio.application.shared.CommandChecks;

/** Asks for a stored document (evidence) by its id, to download it. */
public record OpenDocumentQuery(String documentId) {

    public OpenDocumentQuery {
        documentId = CommandChecks.requiredText(documentId, "document");
    }
}
