package fr.conventio.application.document;

import fr.conventio.application.port.out.DocumentStoragePort;
import fr.conventio.application.port.out.StoredDocument;
import fr.conventio.application.shared.NotFoundException;

import java.util.Objects;

/** Reads a stored document back from the document storage. */
public final class OpenDocumentService implements OpenDocumentUseCase {

    private final DocumentStoragePort storage;

    public OpenDocumentService(DocumentStoragePort storage) {
        this.storage = Objects.requireNonNull(storage);
    }

    @Override
    public StoredDocument open(OpenDocumentQuery query) {
        return storage.open(query.documentId()).orElseThrow(() -> new NotFoundException("Document", query.documentId()));
    }
}
