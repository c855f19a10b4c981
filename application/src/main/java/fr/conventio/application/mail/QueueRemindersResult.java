package fr.conventio.application.mail;

/**
 * What a run of the reminders did: {@code queued} new messages, {@code alreadyQueued} reminders found in the
 * outbox already (an earlier run of the day), {@code withoutContact} reminders due to associations that have no
 * contact e-mail (nothing sent: staff see it on the association's page).
 */
public record QueueRemindersResult(int queued, int alreadyQueued, int withoutContact) {
}
