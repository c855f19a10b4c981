package fr.conventio.domain.obligation;

import fr.conventio.domain.shared.InvalidValueException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One entry of an obligation's history: what happened, when, by whom, and the evidence or the
 * reason it carried.
 */
public record ObligationEvent(Kind kind, LocalDate on, String by, EvidenceRef evidence, String reason) {

    /** What happened. */
    public enum Kind { RECEIVED, ACCEPTED, REJECTED, WAIVED }

    public ObligationEvent {
        if (kind == null || on == null || by == null || by.isBlank()) {
            throw new InvalidValueException("historique", "un événement a une nature, une date et un auteur");
        }
    }

    public Optional<EvidenceRef> optionalEvidence() {
        return Optional.ofNullable(evidence);
    }

    public Optional<String> optionalReason() {
        return Optional.ofNullable(reason);
    }
}
