package fr.conventio.domain.reminder;

import fr.conventio.domain.shared.InvalidValueException;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a reminder goes out, counted in days from the obligation's due date: {@code J-15} is fifteen days
 * before it, {@code J+1} the day after. {@code J0} (the due date itself) is allowed.
 */
public record ReminderOffset(int days) implements Comparable<ReminderOffset> {

    /** A reminder more than a year away from its due date makes no sense. */
    public static final int MAX_DAYS = 366;

    private static final Pattern NOTATION = Pattern.compile("J\\s*([+-]?)\\s*(\\d{1,3})");

    public ReminderOffset {
        if (Math.abs(days) > MAX_DAYS) {
            throw new InvalidValueException("rappel", "au plus " + MAX_DAYS + " jours avant ou après l'échéance (reçu " + days + ")");
        }
    }

    /** Reads "J-15", "J+1", "J0" (case and spaces ignored). */
    public static ReminderOffset parse(String notation) {
        Matcher matcher = notation == null ? null : NOTATION.matcher(notation.strip().toUpperCase(java.util.Locale.ROOT));
        if (matcher == null || !matcher.matches()) {
            throw new InvalidValueException("rappel", "écrire J-15, J-1, J+1 ou J+15 (reçu « " + notation + " »)");
        }
        int days = Integer.parseInt(matcher.group(2));
        if ("-".equals(matcher.group(1))) {
            days = -days;
        }
        return new ReminderOffset(days);
    }

    public static ReminderOffset before(int days) {
        return new ReminderOffset(-days);
    }

    public static ReminderOffset after(int days) {
        return new ReminderOffset(days);
    }

    /** The day this reminder goes out for an obligation due on {@code dueDate}. */
    public LocalDate dayFor(LocalDate dueDate) {
        return dueDate.plusDays(days);
    }

    public boolean isBeforeDueDate() {
        return days < 0;
    }

    /** "J-15", "J0", "J+1". */
    public String notation() {
        return days == 0 ? "J0" : days < 0 ? "J" + days : "J+" + days;
    }

    @Override
    public int compareTo(ReminderOffset other) {
        return Integer.compare(days, other.days);
    }

    @Override
    public String toString() {
        return notation();
    }
}
