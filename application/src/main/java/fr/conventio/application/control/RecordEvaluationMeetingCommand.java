package fr.conventio.application.control;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.domain.control.MeetingKind;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.TextLimits;

import java.time.LocalDate;

/** Records an evaluation (O9) or follow-up (O8) meeting held with the association. */
public record RecordEvaluationMeetingCommand(AgreementId agreementId, long expectedVersion, MeetingKind kind, LocalDate heldOn, String summary, SubmissionKey submission) {

    public RecordEvaluationMeetingCommand {
        CommandChecks.required(agreementId, "convention");
        CommandChecks.expectedVersion(expectedVersion);
        CommandChecks.required(kind, "nature de la réunion");
        CommandChecks.required(heldOn, "date de la réunion");
        summary = CommandChecks.requiredText(summary, "compte rendu", TextLimits.SUMMARY);
        CommandChecks.required(submission, "clé de soumission");
    }

    /** A submission of its own (a new intention each time). */
    public RecordEvaluationMeetingCommand(AgreementId agreementId, long expectedVersion, MeetingKind kind, LocalDate heldOn, String summary) {
        this(agreementId, expectedVersion, kind, heldOn, summary, SubmissionKey.newKey());
    }
}
