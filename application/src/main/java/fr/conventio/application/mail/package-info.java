/**
 * E-mail through a transactional outbox: a use case that has something to send writes an {@link
 * fr.conventio.application.mail.OutboxMessage} with {@link fr.conventio.application.mail.OutboxPort} in its own
 * transaction (one message per deduplication key); a sender outside the use cases claims the pending messages
 * with {@link fr.conventio.application.mail.OutboxDeliveryPort}, sends them, and marks them sent or to retry
 * ({@link fr.conventio.application.mail.RetrySchedule}). The reminders to associations come from the domain's
 * {@link fr.conventio.domain.reminder.ReminderPolicy}.
 */
package fr.conventio.application.mail;
