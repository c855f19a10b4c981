package fr.conventio.domain.reminder;

import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.obligation.ObligationStatus;
import fr.conventio.domain.shared.InvalidValueException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Which reminder about an obligation is due on a given day. The funder sets the offsets (by default J-15,
 * J-1, J+1 and J+15 around the due date). On a day, the reminder due is the one of the latest offset reached,
 * if that offset was reached at most {@code catchUpDays} ago (a job that did not run for a few days catches up
 * with the latest reminder only, never with a burst of stale ones, and never weeks late). Only what the
 * association still owes is reminded: an item expected or rejected, not one received (staff have it to
 * review), accepted or waived. Each reminder carries its key (obligation, offset, due date): the outbox keeps
 * one message per key, so the reminder of a day is queued once whatever the number of runs, and a changed due
 * date gives new reminders.
 */
public final class ReminderPolicy {

    /** The offsets used unless the funder sets others. */
    public static final List<ReminderOffset> DEFAULT_OFFSETS = List.of(
            ReminderOffset.before(15), ReminderOffset.before(1), ReminderOffset.after(1), ReminderOffset.after(15));
    /** How many days after its day a missed reminder still goes out, unless set otherwise. */
    public static final int DEFAULT_CATCH_UP_DAYS = 7;

    private final List<ReminderOffset> offsets;
    private final int catchUpDays;

    private ReminderPolicy(List<ReminderOffset> offsets, int catchUpDays) {
        Objects.requireNonNull(offsets, "offsets");
        if (catchUpDays < 0 || catchUpDays > ReminderOffset.MAX_DAYS) {
            throw new InvalidValueException("rattrapage des rappels", "entre 0 et " + ReminderOffset.MAX_DAYS + " jours (reçu " + catchUpDays + ")");
        }
        this.offsets = List.copyOf(new TreeSet<>(offsets));
        this.catchUpDays = catchUpDays;
    }

    public static ReminderPolicy standard() {
        return new ReminderPolicy(DEFAULT_OFFSETS, DEFAULT_CATCH_UP_DAYS);
    }

    /** With these offsets (duplicates ignored; none at all turns reminders off). */
    public static ReminderPolicy of(List<ReminderOffset> offsets, int catchUpDays) {
        return new ReminderPolicy(offsets, catchUpDays);
    }

    /** From a setting such as "J-15, J-1, J+1, J+15" (blank: no reminder). */
    public static ReminderPolicy parse(String offsets, int catchUpDays) {
        List<ReminderOffset> parsed = new ArrayList<>();
        if (offsets != null && !offsets.isBlank()) {
            Arrays.stream(offsets.split("[,;\\s]+")).filter(part -> !part.isBlank()).map(ReminderOffset::parse).forEach(parsed::add);
        }
        return new ReminderPolicy(parsed, catchUpDays);
    }

    /**
     * The reminder due on {@code today} about an obligation due on {@code dueDate} whose stored status is
     * {@code status}, if any.
     */
    public Optional<DueReminder> dueOn(ObligationId obligationId, LocalDate dueDate, ObligationStatus status, LocalDate today) {
        Objects.requireNonNull(obligationId, "obligationId");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(today, "today");
        if (!owedByTheAssociation(status)) {
            return Optional.empty();
        }
        ReminderOffset reached = null;
        for (ReminderOffset offset : offsets) {
            if (!offset.dayFor(dueDate).isAfter(today)) {
                reached = offset;
            }
        }
        if (reached == null || reached.dayFor(dueDate).plusDays(catchUpDays).isBefore(today)) {
            return Optional.empty();
        }
        return Optional.of(new DueReminder(obligationId, dueDate, reached, today));
    }

    /** Expected or rejected (new evidence expected): the association has something to send. */
    public static boolean owedByTheAssociation(ObligationStatus status) {
        return status == ObligationStatus.PENDING || status == ObligationStatus.REJECTED || status == ObligationStatus.OVERDUE;
    }

    /** The earliest due date that can have a reminder due on {@code today}: obligations due before it need none. */
    public LocalDate earliestDueDateRemindedOn(LocalDate today) {
        return offsets.isEmpty() ? today : today.minusDays(offsets.getLast().days() + (long) catchUpDays);
    }

    /** The latest due date that can have a reminder due on {@code today}: obligations due after it need none yet. */
    public LocalDate latestDueDateRemindedOn(LocalDate today) {
        return offsets.isEmpty() ? today.minusDays(1) : today.minusDays(offsets.getFirst().days());
    }

    public List<ReminderOffset> offsets() {
        return offsets;
    }

    public int catchUpDays() {
        return catchUpDays;
    }

    @Override
    public String toString() {
        return offsets + " (rattrapage " + catchUpDays + " j)";
    }
}
