package fr.conventio.application.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One line of the e-mail log of an agreement: to whom, what, where it stands, when it was queued and sent,
 * how many attempts and the last error (technical, for the administrator). {@code sentAt} and
 * {@code lastError} may be {@code null}.
 */
public record OutboxEntry(UUID id, List<String> recipients, String subject, List<String> attachmentNames, OutboxStatus status,
                          int attempts, Instant queuedAt, Instant sentAt, String lastError) {

    public OutboxEntry {
        recipients = List.copyOf(recipients);
        attachmentNames = List.copyOf(attachmentNames);
    }
}
