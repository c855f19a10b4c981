package fr.conventio.domain.publication;

import fr.conventio.domain.shared.InvalidValueException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The "datesPeriodeVersement" column: a single payment date ("2020-04-01") or a period
 * ("2020-04-01/2021-07-15").
 *
 * @param end {@code null} for a single date
 */
public record ScdlPaymentPeriod(LocalDate start, LocalDate end) {

    public ScdlPaymentPeriod {
        if (start == null) {
            throw new InvalidValueException("datesPeriodeVersement", "la date (ou le début de la période) de versement est absente");
        }
        if (end != null && end.isBefore(start)) {
            throw new InvalidValueException("datesPeriodeVersement", "la fin de la période de versement (" + end + ") précède son début (" + start + ")");
        }
    }

    public static ScdlPaymentPeriod on(LocalDate date) {
        return new ScdlPaymentPeriod(date, null);
    }

    public static ScdlPaymentPeriod between(LocalDate start, LocalDate end) {
        return new ScdlPaymentPeriod(start, end);
    }

    public Optional<LocalDate> optionalEnd() {
        return Optional.ofNullable(end);
    }

    /** ISO 8601 form used by the schema. */
    public String csvValue() {
        return end == null ? start.toString() : start + "/" + end;
    }
}
