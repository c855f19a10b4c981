package fr.conventio.application.mail;

/**
 * Queues in the outbox, in one transaction, today's digest to each member of staff with an e-mail address: what is
 * overdue, what is due within the horizon, what waits for their decision (by their roles); nothing when the list is
 * empty; at most one per person and day. Refused to do anything when no SMTP server is configured.
 */
public interface QueueStaffDigestsUseCase {

    QueueStaffDigestsResult queue(QueueStaffDigestsCommand command);
}
