package fr.conventio.domain.agreement;

import fr.conventio.domain.shared.FrenchFormat;
import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.shared.TextLimits;
import java.time.LocalDate;
import java.util.Optional;

/** A period during which the agreement was suspended (A3): reason, start and, once resumed, the end. */
public record Suspension(String reason, LocalDate since, LocalDate resumedOn) {

    public Suspension {
        reason = Checks.requireText("suspension (motif)", reason, TextLimits.REASON);
        Checks.require("suspension (date)", since);
        if (resumedOn != null && resumedOn.isBefore(since)) {
            throw new InvalidValueException("suspension (reprise)", "la reprise du " + FrenchFormat.date(resumedOn) + " précède la suspension du " + FrenchFormat.date(since));
        }
    }

    public boolean isOngoing() {
        return resumedOn == null;
    }

    public Optional<LocalDate> resumption() {
        return Optional.ofNullable(resumedOn);
    }

    Suspension resumed(LocalDate date) {
        return new Suspension(reason, since, date);
    }
}
