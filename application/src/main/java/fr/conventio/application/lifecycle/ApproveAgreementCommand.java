package fr.conventio.application.lifecycle;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.domain.party.Deliberation;
import fr.conventio.domain.shared.AgreementId;

/** Records the deliberation that approves the agreement and authorises its signature (P1). */
public record ApproveAgreementCommand(AgreementId agreementId, long expectedVersion, Deliberation deliberation) {

    public ApproveAgreementCommand {
        CommandChecks.required(agreementId, "convention");
        CommandChecks.expectedVersion(expectedVersion);
        CommandChecks.required(deliberation, "délibération");
    }
}
