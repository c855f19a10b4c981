package fr.conventio.domain.obligation;

import fr.conventio.domain.shared.InvalidValueException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One entry of an obligation's history: what happened, when, by whom, and the evidence or the
 * reason it carried (for a change of due date, what it was set to and why).
 */
public record ObligationEvent(Kind kind, LocalDate on, String by, EvidenceRef evidence, String reason) {

    /** What happened; RESCHEDULED: the due date was set from the date it counts from (O5), with the reason. */
    public enum Kind { RECEIVED, ACCEPTED, REJECTED, WAIVED, RESCHEDULED }

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
