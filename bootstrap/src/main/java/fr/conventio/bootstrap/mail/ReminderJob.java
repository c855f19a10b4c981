package fr.conventio.bootstrap.mail;

import fr.conventio.application.mail.QueueRemindersCommand;
import fr.conventio.application.mail.QueueRemindersResult;
import fr.conventio.application.mail.QueueRemindersUseCase;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The daily run of the reminders. It goes through the use case's proxy like any caller (authorization, one
 * transaction), as the system user {@value #SYSTEM_USER} with the case officer's role only: the reminders are
 * case work, and this user can do nothing else.
 */
public class ReminderJob {

    public static final String SYSTEM_USER = "rappels-automatiques";
    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);

    private final QueueRemindersUseCase queueReminders;
    private final Supplier<SecurityContextHolderStrategy> securityContexts;

    public ReminderJob(QueueRemindersUseCase queueReminders, Supplier<SecurityContextHolderStrategy> securityContexts) {
        this.queueReminders = Objects.requireNonNull(queueReminders);
        this.securityContexts = Objects.requireNonNull(securityContexts);
    }

    public QueueRemindersResult run() {
        return SystemUser.runAs(SYSTEM_USER, securityContexts.get(), () -> {
            QueueRemindersResult result = queueReminders.queue(new QueueRemindersCommand());
            LOG.info("Reminders: {} queued, {} already queued, {} due to associations without a contact e-mail",
                    result.queued(), result.alreadyQueued(), result.withoutContact());
            return result;
        });
    }
}
