package fr.conventio.application.fakes;

import fr.conventio.application.port.out.DocumentRef;
import fr.conventio.application.port.out.DocumentStoragePort;
import fr.conventio.application.port.out.StoredDocument;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** In-memory {@link DocumentStoragePort}: documents kept in a map under ids "doc-1", "doc-2"... */
public final class InMemoryDocumentStorage implements DocumentStoragePort {

    private final Map<String, StoredDocument> documents = new LinkedHashMap<>();

    @Override
    public synchronized DocumentRef store(String fileName, String contentType, byte[] content) {
        DocumentRef ref = new DocumentRef("doc-" + (documents.size() + 1), fileName, contentType, content.length);
        documents.put(ref.id(), new StoredDocument(ref, content));
        return ref;
    }

    @Override
    public synchronized Optional<StoredDocument> open(String id) {
        return Optional.ofNullable(documents.get(id));
    }

    public synchronized int size() {
        return documents.size();
    }
}
