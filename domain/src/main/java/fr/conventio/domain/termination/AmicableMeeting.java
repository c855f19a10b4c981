package fr.conventio.domain.termination;

import fr.conventio.domain.shared.InvalidValueException;
import java.time.LocalDate;

/** A meeting of the parties to find an amicable solution (L1, Art. 12). */
public record AmicableMeeting(LocalDate heldOn, String summary) {

    public AmicableMeeting {
        if (heldOn == null) {
            throw new InvalidValueException("date de la rencontre", "la date de la rencontre amiable est absente");
        }
        if (summary == null || summary.isBlank()) {
            throw new InvalidValueException("compte rendu", "le compte rendu de la rencontre amiable est absent");
        }
        summary = summary.strip();
    }
}
