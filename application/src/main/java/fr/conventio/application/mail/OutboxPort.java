package fr.conventio.application.mail;

import fr.conventio.domain.shared.AgreementId;

import java.util.List;

/** The outbox as use cases see it: queue a message in the caller's transaction, read an agreement's log. */
public interface OutboxPort {

    /**
     * Queues {@code message} (status PENDING, to try at once) in the current transaction, unless a message with
     * the same {@link OutboxMessage#dedupKey()} is already there, whatever its status.
     *
     * @return whether it was queued
     */
    boolean enqueue(OutboxMessage message);

    /**
     * As {@link #enqueue}, and when queued also writes an audit row in the same transaction (the acting user, the
     * recipients, the subject, the attachments' names), on the message's agreement: for a message a member of
     * staff chose to send (a letter), not for the automatic ones.
     *
     * @return whether it was queued
     */
    boolean enqueueAudited(OutboxMessage message);

    /** The messages of an agreement, the latest first. */
    List<OutboxEntry> ofAgreement(AgreementId agreementId);
}
