package fr.conventio.application.port.in;

import fr.conventio.application.shared.StoredDocument;

/** A stored document with its bytes (download of a piece of evidence); refuses an unknown id. */
public interface OpenDocumentUseCase {

    StoredDocument open(OpenDocumentQuery query);
}
