package fr.conventio.application.mail;

/** Queues in the outbox, in one transaction, the reminders due today to the associations (ReminderPolicy). */
public interface QueueRemindersUseCase {

    QueueRemindersResult queue(QueueRemindersCommand command);
}
