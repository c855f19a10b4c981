package fr.conventio.application.mail;

/** Queue the reminders due today (today from the injected clock); run daily by the reminder job. */
public record QueueRemindersCommand() {
}
