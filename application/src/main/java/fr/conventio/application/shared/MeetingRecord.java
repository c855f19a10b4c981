package fr.conventio.application.shared;

import java.time.LocalDate;

/** A meeting held with the association (O8 follow-up, O9 evaluation): kind, day, summary and who recorded it. */
public record MeetingRecord(MeetingKind kind, LocalDate heldOn, String summary, String recordedBy) {

    public MeetingRecord {
        CommandChecks.required(kind, "nature de la réunion");
        CommandChecks.required(heldOn, "date de la réunion");
        summary = CommandChecks.requiredText(summary, "compte rendu");
        recordedBy = CommandChecks.requiredText(recordedBy, "auteur");
    }
}
