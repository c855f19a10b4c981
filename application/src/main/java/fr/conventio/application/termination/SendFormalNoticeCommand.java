package fr.conventio.application.termination;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.termination.Party;
import fr.conventio.domain.shared.TextLimits;

import java.time.LocalDate;

/** Records a formal notice (mise en demeure) sent by registered letter for a breach (T1). */
public record SendFormalNoticeCommand(AgreementId agreementId, long expectedVersion, Party sentBy, LocalDate sentOn,
                                      String registeredLetterReference, String breach, SubmissionKey submission) {

    public SendFormalNoticeCommand {
        CommandChecks.required(agreementId, "convention");
        CommandChecks.expectedVersion(expectedVersion);
        CommandChecks.required(sentBy, "expéditeur");
        CommandChecks.required(sentOn, "date d'envoi");
        registeredLetterReference = CommandChecks.requiredText(registeredLetterReference, "référence de la lettre recommandée", TextLimits.REFERENCE);
        breach = CommandChecks.requiredText(breach, "manquement reproché", TextLimits.REASON);
        CommandChecks.required(submission, "clé de soumission");
    }

    /** A submission of its own (a new intention each time). */
    public SendFormalNoticeCommand(AgreementId agreementId, long expectedVersion, Party sentBy, LocalDate sentOn, String registeredLetterReference, String breach) {
        this(agreementId, expectedVersion, sentBy, sentOn, registeredLetterReference, breach, SubmissionKey.newKey());
    }
}
