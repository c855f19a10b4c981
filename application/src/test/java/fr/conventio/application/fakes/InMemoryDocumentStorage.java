package fr.conventio.application.fakes;

import fr.conventio.domain.shared.FileNames;
import fr.conventio.application.port.out.DocumentRef;
import fr.conventio.application.port.out.DocumentStoragePort;
import fr.conventio.application.port.out.StoredDocument;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * In-memory {@link DocumentStoragePort}: documents kept in a map under ids "doc-1", "doc-2"..., stored
 * under their cleaned name ({@link FileNames#safe}), stamped with the clock's instant; the purge asks
 * {@code attached} whether some evidence refers to a document id.
 */
public final class InMemoryDocumentStorage implements DocumentStoragePort {

    private record Entry(StoredDocument document, Instant uploadedAt) {
    }

    private final Map<String, Entry> documents = new LinkedHashMap<>();
    private final Clock clock;
    private final Predicate<String> attached;
    private int sequence;

    /** A storage whose documents are all kept by the purge (for tests that do not purge). */
    public InMemoryDocumentStorage() {
        this(Clock.systemUTC(), id -> true);
    }

    public InMemoryDocumentStorage(Clock clock, Predicate<String> attached) {
        this.clock = clock;
        this.attached = attached;
    }

    @Override
    public synchronized DocumentRef store(String fileName, String contentType, byte[] content) {
        DocumentRef ref = new DocumentRef("doc-" + (++sequence), FileNames.safe(fileName), fileName, contentType, content.length);
        documents.put(ref.id(), new Entry(new StoredDocument(ref, content), clock.instant()));
        return ref;
    }

    @Override
    public synchronized Optional<StoredDocument> open(String id) {
        return Optional.ofNullable(documents.get(id)).map(Entry::document);
    }

    @Override
    public synchronized Optional<DocumentRef> find(String id) {
        return open(id).map(StoredDocument::ref);
    }

    @Override
    public synchronized List<DocumentRef> purgeUnattached(Instant uploadedBefore) {
        List<DocumentRef> purged = new ArrayList<>();
        documents.values().removeIf(entry -> {
            boolean purge = entry.uploadedAt().isBefore(uploadedBefore) && !attached.test(entry.document().ref().id());
            if (purge) {
                purged.add(entry.document().ref());
            }
            return purge;
        });
        return purged;
    }

    public synchronized int size() {
        return documents.size();
    }
}
