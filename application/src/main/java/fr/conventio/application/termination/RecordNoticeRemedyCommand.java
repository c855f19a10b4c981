package fr.conventio.application.termination;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.application.shared.InvalidCommandException;
import fr.conventio.domain.shared.AgreementId;

import java.time.LocalDate;

/** Records that the breach of formal notice number {@code noticeNumber} was remedied (the notice no longer allows a termination). */
public record RecordNoticeRemedyCommand(AgreementId agreementId, long expectedVersion, int noticeNumber, LocalDate remediedOn) {

    public RecordNoticeRemedyCommand {
        CommandChecks.required(agreementId, "convention");
        CommandChecks.expectedVersion(expectedVersion);
        if (noticeNumber < 1) {
            throw new InvalidCommandException("mise en demeure", "numéro attendu à partir de 1 (reçu " + noticeNumber + ")");
        }
        CommandChecks.required(remediedOn, "date de régularisation");
    }
}
