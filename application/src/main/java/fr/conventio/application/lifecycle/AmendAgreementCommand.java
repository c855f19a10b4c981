package fr.conventio.application.lifecycle;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.domain.agreement.AmendmentRequest;
import fr.conventio.domain.shared.AgreementId;

/** Concludes an amendment (M1): its date, description and the elements it changes (the domain's request). */
public record AmendAgreementCommand(AgreementId agreementId, long expectedVersion, AmendmentRequest request, SubmissionKey submission) {

    public AmendAgreementCommand {
        CommandChecks.required(agreementId, "convention");
        CommandChecks.expectedVersion(expectedVersion);
        CommandChecks.required(request, "avenant");
        CommandChecks.required(submission, "clé de soumission");
    }

    /** A submission of its own (a new intention each time). */
    public AmendAgreementCommand(AgreementId agreementId, long expectedVersion, AmendmentRequest request) {
        this(agreementId, expectedVersion, request, SubmissionKey.newKey());
    }
}
