/**
 * Reminders to the association about its obligations: which reminder is due on which day ({@link
 * fr.conventio.domain.reminder.ReminderPolicy}), with a key that makes the same reminder queued once only.
 * Sending them is an adapter's business (the outbox of the application layer).
 */
package fr.conventio.domain.reminder;
