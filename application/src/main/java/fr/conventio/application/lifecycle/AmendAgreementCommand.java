package fr.conventio.application.lifecycle;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.domain.agreement.AmendmentRequest;
import fr.conventio.domain.shared.AgreementId;

/** Concludes an amendment (M1): its date, description and the elements it changes (the domain's request). */
public record AmendAgreementCommand(AgreementId agreementId, long expectedVersion, AmendmentRequest request) {

    public AmendAgreementCommand {
        CommandChecks.required(agreementId, "convention");
        CommandChecks.expectedVersion(expectedVersion);
        CommandChecks.required(request, "avenant");
    }
}
