package fr.conventio.bootstrap;

import fr.conventio.application.port.out.DocumentRef;
import fr.conventio.application.port.out.DocumentStoragePort;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Deletes, on a schedule, the documents uploaded more than {@code conventio.documents.purge.unattached-after}
 * ago (24 h by default, by the injected clock) that no obligation's evidence refers to: the evidence dialog
 * stores a file as soon as it is chosen, before the dialog is submitted, so a cancelled dialog leaves one
 * behind. The storage deletes each (row and content) and logs it; this job logs how many went. A document
 * some evidence refers to is never deleted.
 */
public class UnattachedDocumentsPurge {

    private static final Logger LOG = LoggerFactory.getLogger(UnattachedDocumentsPurge.class);

    private final DocumentStoragePort storage;
    private final Clock clock;
    private final Duration delay;

    public UnattachedDocumentsPurge(DocumentStoragePort storage, Clock clock, Duration delay) {
        this.storage = Objects.requireNonNull(storage);
        this.clock = Objects.requireNonNull(clock);
        if (delay == null || delay.isNegative() || delay.isZero()) {
            throw new IllegalArgumentException("conventio.documents.purge.unattached-after : une durée positive est attendue (reçu " + delay + ")");
        }
        this.delay = delay;
    }

    /** Every document unattached for longer than the delay, batch after batch; the documents deleted. */
    public List<DocumentRef> purge() {
        List<DocumentRef> purged = new ArrayList<>();
        for (List<DocumentRef> batch; !(batch = storage.purgeUnattached(clock.instant().minus(delay))).isEmpty(); ) {
            purged.addAll(batch);
        }
        if (!purged.isEmpty()) {
            LOG.info("Purged {} document(s) attached to no obligation for more than {}", purged.size(), delay);
        }
        return purged;
    }

    @Scheduled(initialDelayString = "${conventio.documents.purge.initial-delay:PT5M}",
            fixedDelayString = "${conventio.documents.purge.interval:PT1H}")
    void scheduled() {
        try {
            purge();
        } catch (RuntimeException e) {
            LOG.warn("Purge of unattached documents failed; it will be tried again at the next run", e);
        }
    }
}
