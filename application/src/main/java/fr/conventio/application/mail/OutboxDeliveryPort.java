package fr.conventio.application.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The outbox as its sender sees it. Each method commits on its own (no transaction spans a message's
 * sending): a claim sets a lease ({@code locked_until}) so that a message claimed by a sender that died is
 * claimed again once the lease is over, never lost; concurrent senders never claim the same message.
 */
public interface OutboxDeliveryPort {

    /**
     * Claims up to {@code max} messages due on {@code now} — pending with their next attempt reached, or being
     * sent with an expired lease — marks them SENDING until {@code now + lease}, counts one more attempt, and
     * returns them, the oldest first.
     */
    List<Claimed> claim(int max, Instant now, Duration lease);

    /** The message was accepted by the mail server. */
    void markSent(UUID id, Instant sentAt);

    /** The attempt failed; try again from {@code nextAttemptAt}. */
    void retryLater(UUID id, Instant nextAttemptAt, String error);

    /** The last attempt failed: given up. */
    void markFailed(UUID id, String error);

    /** A claimed message and the number of its attempt (1 for the first). */
    record Claimed(OutboxMessage message, int attempt) {
    }
}
