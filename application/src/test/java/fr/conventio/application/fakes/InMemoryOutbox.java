package fr.conventio.application.fakes;

import fr.conventio.application.mail.OutboxDeliveryPort;
import fr.conventio.application.mail.OutboxEntry;
import fr.conventio.application.mail.OutboxMessage;
import fr.conventio.application.mail.OutboxPort;
import fr.conventio.application.mail.OutboxStatus;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.application.mail.MailAttachment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * In-memory outbox, as the SQL one behaves: one message per deduplication key, claims with a lease, attempts
 * counted, sent or retried or failed. It records what would be sent ({@link #messages()}).
 */
public final class InMemoryOutbox implements OutboxPort, OutboxDeliveryPort {

    /** A message and where it stands. */
    public static final class Row {
        public final OutboxMessage message;
        public OutboxStatus status = OutboxStatus.PENDING;
        public int attempts;
        public Instant nextAttemptAt;
        public Instant lockedUntil;
        public Instant sentAt;
        public String lastError;

        Row(OutboxMessage message) {
            this.message = message;
            this.nextAttemptAt = message.queuedAt();
        }
    }

    private final Map<String, Row> byKey = new LinkedHashMap<>();
    private final List<UUID> audited = new ArrayList<>();

    @Override
    public synchronized boolean enqueue(OutboxMessage message) {
        Objects.requireNonNull(message);
        return byKey.putIfAbsent(message.dedupKey(), new Row(message)) == null;
    }

    @Override
    public synchronized boolean enqueueAudited(OutboxMessage message) {
        boolean queued = enqueue(message);
        if (queued) {
            audited.add(message.id());
        }
        return queued;
    }

    /** The ids of the messages queued with an audit row, in the order queued. */
    public synchronized List<UUID> audited() {
        return List.copyOf(audited);
    }

    @Override
    public synchronized List<OutboxEntry> ofAgreement(AgreementId agreementId) {
        return byKey.values().stream().filter(row -> agreementId.equals(row.message.agreementId()))
                .sorted(Comparator.comparing((Row row) -> row.message.queuedAt()).reversed())
                .map(InMemoryOutbox::entry).toList();
    }

    @Override
    public synchronized List<Claimed> claim(int max, Instant now, Duration lease) {
        List<Claimed> claimed = new ArrayList<>();
        for (Row row : byKey.values()) {
            if (claimed.size() == max) {
                break;
            }
            boolean due = row.status == OutboxStatus.PENDING && !row.nextAttemptAt.isAfter(now)
                    || row.status == OutboxStatus.SENDING && row.lockedUntil.isBefore(now);
            if (due) {
                row.status = OutboxStatus.SENDING;
                row.lockedUntil = now.plus(lease);
                row.attempts++;
                claimed.add(new Claimed(row.message, row.attempts));
            }
        }
        return claimed;
    }

    @Override
    public synchronized void markSent(UUID id, Instant sentAt) {
        Row row = row(id);
        row.status = OutboxStatus.SENT;
        row.sentAt = sentAt;
        row.lockedUntil = null;
    }

    @Override
    public synchronized void retryLater(UUID id, Instant nextAttemptAt, String error) {
        Row row = row(id);
        row.status = OutboxStatus.PENDING;
        row.nextAttemptAt = nextAttemptAt;
        row.lastError = error;
        row.lockedUntil = null;
    }

    @Override
    public synchronized void markFailed(UUID id, String error) {
        Row row = row(id);
        row.status = OutboxStatus.FAILED;
        row.lastError = error;
        row.lockedUntil = null;
    }

    /** Every message queued, in the order queued. */
    public synchronized List<OutboxMessage> messages() {
        return byKey.values().stream().map(row -> row.message).toList();
    }

    /** Every row, in the order queued. */
    public synchronized List<Row> rows() {
        return List.copyOf(byKey.values());
    }

    private Row row(UUID id) {
        return byKey.values().stream().filter(row -> row.message.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no outbox message " + id));
    }

    private static OutboxEntry entry(Row row) {
        return new OutboxEntry(row.message.id(), row.message.recipients(), row.message.subject(),
                row.message.attachments().stream().map(MailAttachment::fileName).toList(), row.status, row.attempts,
                row.message.queuedAt(), row.sentAt, row.lastError);
    }
}
