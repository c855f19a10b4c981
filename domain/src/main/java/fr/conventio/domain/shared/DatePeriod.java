package fr.conventio.domain.shared;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A period of whole days, both ends included (1 Jan 2020 to 31 Dec 2020 has 366 days). */
public record DatePeriod(LocalDate start, LocalDate end) {

    public DatePeriod {
        Objects.requireNonNull(start, "période : date de début absente");
        Objects.requireNonNull(end, "période : date de fin absente");
        if (end.isBefore(start)) {
            throw new InvalidValueException("période", "la date de fin (" + FrenchFormat.date(end) + ") précède la date de début (" + FrenchFormat.date(start) + ")");
        }
    }

    /** Number of days, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** Days from the start up to the day before {@code date} (the days already run on that date), clamped to the period. */
    public long daysElapsedBefore(LocalDate date) {
        if (!date.isAfter(start)) {
            return 0;
        }
        if (date.isAfter(end)) {
            return days();
        }
        return ChronoUnit.DAYS.between(start, date);
    }

    /** Days from {@code date} (included) to the end, clamped to the period. */
    public long daysRemainingFrom(LocalDate date) {
        return days() - daysElapsedBefore(date);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
