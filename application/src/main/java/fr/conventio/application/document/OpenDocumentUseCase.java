package fr.conventio.application.document;

import fr.conventio.application.port.out.StoredDocument;

/** A stored document with its bytes (download of a piece of evidence); refuses an unknown id. */
public interface OpenDocumentUseCase {

    StoredDocument open(OpenDocumentQuery query);
}
