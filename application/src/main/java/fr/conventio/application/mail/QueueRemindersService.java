package fr.conventio.application.mail;

import fr.conventio.application.shared.Guards;
import fr.conventio.domain.reminder.DueReminder;
import fr.conventio.domain.reminder.ReminderPolicy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the obligations that may have a reminder due today (the policy's window of due dates), asks the
 * {@link ReminderPolicy} which reminder each one has, and queues it to the association's contact e-mail. The
 * outbox keeps one message per reminder key: a second run of the day queues nothing more.
 */
public final class QueueRemindersService implements QueueRemindersUseCase {

    private final ReminderQueries queries;
    private final OutboxPort outbox;
    private final ReminderPolicy policy;
    private final Clock clock;

    public QueueRemindersService(ReminderQueries queries, OutboxPort outbox, ReminderPolicy policy, Clock clock) {
        this.queries = Objects.requireNonNull(queries);
        this.outbox = Objects.requireNonNull(outbox);
        this.policy = Objects.requireNonNull(policy);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public QueueRemindersResult queue(QueueRemindersCommand command) {
        LocalDate today = Guards.today(clock);
        int queued = 0;
        int already = 0;
        int withoutContact = 0;
        if (policy.offsets().isEmpty()) {
            return new QueueRemindersResult(0, 0, 0);
        }
        for (ReminderCandidate candidate : queries.openObligations(policy.earliestDueDateRemindedOn(today), policy.latestDueDateRemindedOn(today))) {
            Optional<DueReminder> due = policy.dueOn(candidate.obligationId(), candidate.dueDate(), candidate.status(), today);
            if (due.isEmpty()) {
                continue;
            }
            if (candidate.contactEmail() == null) {
                withoutContact++;
            } else if (outbox.enqueue(ReminderMessages.reminder(candidate, due.get(), clock.instant()))) {
                queued++;
            } else {
                already++;
            }
        }
        return new QueueRemindersResult(queued, already, withoutContact);
    }
}
