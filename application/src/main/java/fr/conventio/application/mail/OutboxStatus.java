package fr.conventio.application.mail;

/** Where a message of the outbox stands. */
public enum OutboxStatus {
    /** Waiting for the sender (first try, or a retry after a failure, from {@code next_attempt_at}). */
    PENDING,
    /** Claimed by a sender until its lease ends; claimed again after that if the sender died. */
    SENDING,
    /** Accepted by the mail server. */
    SENT,
    /** Given up after the last attempt; staff see it on the agreement's page. */
    FAILED
}
