package fr.conventio.domain.termination;

import fr.conventio.domain.shared.FrenchFormat;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.shared.TextLimits;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A formal notice (mise en demeure) sent by registered letter for a breach (T1, Art. 8). Termination
 * for breach is possible only once one month has passed without effect: from
 * {@link #earliestTerminationDate()} (notice 15/03/2020 ⇒ 15/04/2020), and never once the breach is
 * remedied.
 *
 * @param remediedOn the day the breach was remedied, {@code null} while it is not
 */
public record FormalNotice(LocalDate sentOn, String registeredLetterReference, String breach, Party sentBy, LocalDate remediedOn) {

    public FormalNotice {
        if (sentOn == null) {
            throw new InvalidValueException("date d'envoi", "la date d'envoi de la mise en demeure est absente");
        }
        if (registeredLetterReference == null || registeredLetterReference.isBlank()) {
            throw new InvalidValueException("lettre recommandée", "la référence de la lettre recommandée avec accusé de réception est absente");
        }
        if (breach == null || breach.isBlank()) {
            throw new InvalidValueException("manquement", "la mise en demeure décrit le manquement reproché");
        }
        if (sentBy == null) {
            throw new InvalidValueException("expéditeur", "l'expéditeur de la mise en demeure est absent");
        }
        if (remediedOn != null && remediedOn.isBefore(sentOn)) {
            throw new InvalidValueException("date de régularisation", "la régularisation (" + FrenchFormat.date(remediedOn)
                    + ") ne peut précéder la mise en demeure (" + FrenchFormat.date(sentOn) + ")");
        }
        registeredLetterReference = TextLimits.check("lettre recommandée", registeredLetterReference.strip(), TextLimits.REFERENCE);
        breach = TextLimits.check("manquement", breach.strip(), TextLimits.REASON);
    }

    /** A notice just sent, not remedied. */
    public static FormalNotice send(LocalDate sentOn, String registeredLetterReference, String breach, Party sentBy) {
        return new FormalNotice(sentOn, registeredLetterReference, breach, sentBy, null);
    }

    /** One calendar month after sending (the same day of the next month, or its last day). */
    public LocalDate earliestTerminationDate() {
        return sentOn.plusMonths(1);
    }

    /** The same notice, remedied on {@code date}: it no longer allows a termination. */
    public FormalNotice remediedOn(LocalDate date) {
        if (date == null) {
            throw new InvalidValueException("date de régularisation", "la date de régularisation est absente");
        }
        return new FormalNotice(sentOn, registeredLetterReference, breach, sentBy, date);
    }

    public boolean isRemedied() {
        return remediedOn != null;
    }

    public Optional<LocalDate> optionalRemediedOn() {
        return Optional.ofNullable(remediedOn);
    }
}
