package fr.conventio.domain.reminder;

import fr.conventio.domain.obligation.ObligationId;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A reminder to send about one obligation: its offset, the due date it was computed from and the day it is
 * judged on. {@link #key()} is the same for the same (obligation, offset, due date): queued once only, and a
 * new one when the due date changes.
 */
public record DueReminder(ObligationId obligationId, LocalDate dueDate, ReminderOffset offset, LocalDate today) {

    public DueReminder {
        Objects.requireNonNull(obligationId, "obligationId");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(today, "today");
    }

    /** "rappel:{obligation}:{J-15}:{2021-06-30}": the idempotency key of this reminder. */
    public String key() {
        return "rappel:" + obligationId.value() + ":" + offset.notation() + ":" + dueDate;
    }

    /** Days from {@code today} to the due date: positive before it, 0 on it, negative once late. */
    public long daysLeft() {
        return ChronoUnit.DAYS.between(today, dueDate);
    }

    /** Whether the due date has passed on {@code today}. */
    public boolean late() {
        return today.isAfter(dueDate);
    }
}
