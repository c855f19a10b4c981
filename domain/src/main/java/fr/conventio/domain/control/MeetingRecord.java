package fr.conventio.domain.control;

import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.TextLimits;

import java.time.LocalDate;

/** A meeting held with the association (O8 follow-up, O9 evaluation): kind, day, summary and who recorded it. */
public record MeetingRecord(MeetingKind kind, LocalDate heldOn, String summary, String recordedBy) {

    public MeetingRecord {
        Checks.require("nature de la réunion", kind);
        Checks.require("date de la réunion", heldOn);
        summary = Checks.requireText("compte rendu", summary, TextLimits.SUMMARY);
        recordedBy = Checks.requireText("auteur", recordedBy, TextLimits.USER);
    }
}
