package fr.conventio.application.lifecycle;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.TextLimits;

import java.time.LocalDate;

/** Records the funder's agreement to entrust all or part of the actions to a third party (P4). */
public record RecordThirdPartyDelegationCommand(AgreementId agreementId, long expectedVersion, String description, LocalDate agreedOn, SubmissionKey submission) {

    public RecordThirdPartyDelegationCommand {
        CommandChecks.required(agreementId, "convention");
        CommandChecks.expectedVersion(expectedVersion);
        description = CommandChecks.requiredText(description, "description de la délégation", TextLimits.DESCRIPTION);
        CommandChecks.required(agreedOn, "date de l'accord");
        CommandChecks.required(submission, "clé de soumission");
    }

    /** A submission of its own (a new intention each time). */
    public RecordThirdPartyDelegationCommand(AgreementId agreementId, long expectedVersion, String description, LocalDate agreedOn) {
        this(agreementId, expectedVersion, description, agreedOn, SubmissionKey.newKey());
    }
}
