package fr.conventio.application.document;

import fr.conventio.application.port.out.StoredDocument;
import fr.conventio.application.shared.ReadOnly;

/** A stored document with its bytes (download of a piece of evidence); refuses an unknown id. */
public interface OpenDocumentUseCase extends ReadOnly {

    StoredDocument open(OpenDocumentQuery query);
}
