package fr.conventio.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.port.out.DocumentRef;
import fr.conventio.application.port.out.DocumentStoragePort;
import fr.conventio.application.port.out.StoredDocument;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The scheduled purge asks the storage for what was uploaded before now − delay, by the injected clock, batch
 * after batch until nothing is left (what the storage deletes, and never deletes, is tested on PostgreSQL:
 * DocumentStorageIT).
 */
class UnattachedDocumentsPurgeTest {

    private static final Instant NOW = Instant.parse("2021-03-02T09:00:00Z");

    /** A storage with {@code batches} of unattached documents to give, recording the cutoffs asked. */
    private static class Batches implements DocumentStoragePort {

        final List<Instant> cutoffs = new ArrayList<>();
        final List<List<DocumentRef>> batches;

        Batches(List<List<DocumentRef>> batches) {
            this.batches = new ArrayList<>(batches);
        }

        @Override
        public List<DocumentRef> purgeUnattached(Instant uploadedBefore) {
            cutoffs.add(uploadedBefore);
            return batches.isEmpty() ? List.of() : batches.removeFirst();
        }

        @Override
        public DocumentRef store(String fileName, String contentType, byte[] content) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<StoredDocument> open(String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<DocumentRef> find(String id) {
            throw new UnsupportedOperationException();
        }
    }

    private static DocumentRef doc(String id) {
        return new DocumentRef(id, id + ".pdf", "application/pdf", 10);
    }

    @Test
    void the_cutoff_is_the_clocks_now_less_the_delay_and_every_batch_is_purged() {
        Batches storage = new Batches(List.of(List.of(doc("a"), doc("b")), List.of(doc("c"))));
        UnattachedDocumentsPurge purge = new UnattachedDocumentsPurge(storage, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofHours(24));

        List<DocumentRef> purged = purge.purge();

        assertThat(purged).extracting(DocumentRef::id).containsExactly("a", "b", "c");
        assertThat(storage.cutoffs).containsExactly(Instant.parse("2021-03-01T09:00:00Z"), Instant.parse("2021-03-01T09:00:00Z"),
                Instant.parse("2021-03-01T09:00:00Z"));
    }

    @Test
    void a_failed_run_does_not_stop_the_schedule_the_next_run_tries_again() {
        java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
        DocumentStoragePort failing = new Batches(List.of()) {
            @Override
            public List<DocumentRef> purgeUnattached(Instant uploadedBefore) {
                attempts.incrementAndGet();
                throw new IllegalStateException("base de données indisponible");
            }
        };
        UnattachedDocumentsPurge purge = new UnattachedDocumentsPurge(failing, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofHours(1));

        purge.scheduled();
        purge.scheduled();

        assertThat(attempts).hasValue(2);
        assertThatThrownBy(purge::purge).hasMessage("base de données indisponible");
    }

    @Test
    void the_delay_must_be_positive() {
        assertThatThrownBy(() -> new UnattachedDocumentsPurge(new Batches(List.of()), Clock.systemUTC(), Duration.ZERO))
                .hasMessageContaining("conventio.documents.purge.unattached-after");
    }
}
