package fr.conventio.application.mail;

import fr.conventio.domain.shared.AgreementId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A message to send, as a use case writes it to the outbox. {@code dedupKey} is unique in the outbox: a
 * second message with the same key is not queued (a reminder of a day, a letter sent once). {@code id} gives
 * the message its stable {@code Message-ID} ({@link #messageId()}), so that a retry after a crash is
 * recognisable by the receiving side. {@code agreementId} may be {@code null} (a staff digest);
 * {@code htmlBody} too.
 */
public record OutboxMessage(UUID id, String dedupKey, List<String> recipients, String subject, String textBody,
                            String htmlBody, List<MailAttachment> attachments, AgreementId agreementId, Instant queuedAt) {

    public static final int MAX_KEY = 300;
    public static final int MAX_SUBJECT = 300;
    public static final int MAX_RECIPIENT = 254;

    public OutboxMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dedupKey, "dedupKey");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(textBody, "textBody");
        Objects.requireNonNull(queuedAt, "queuedAt");
        recipients = List.copyOf(recipients);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("outbox message " + dedupKey + ": no recipient");
        }
        if (recipients.stream().anyMatch(recipient -> recipient.isBlank() || recipient.length() > MAX_RECIPIENT)) {
            throw new IllegalArgumentException("outbox message " + dedupKey + ": a recipient is blank or too long");
        }
        if (dedupKey.isBlank() || dedupKey.length() > MAX_KEY || subject.length() > MAX_SUBJECT) {
            throw new IllegalArgumentException("outbox message " + dedupKey + ": key or subject too long");
        }
    }

    /** A new message with a random id. */
    public static OutboxMessage create(String dedupKey, List<String> recipients, String subject, String textBody, String htmlBody,
                                       List<MailAttachment> attachments, AgreementId agreementId, Instant queuedAt) {
        return new OutboxMessage(UUID.randomUUID(), dedupKey, recipients, subject, textBody, htmlBody, attachments, agreementId, queuedAt);
    }

    /** The stable Message-ID header: the same on every attempt. */
    public String messageId() {
        return "<" + id + "@conventio>";
    }
}
