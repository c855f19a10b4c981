package fr.conventio.application.drafting;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.domain.agreement.AgreementRequirement;
import fr.conventio.domain.shared.AgreementId;

/**
 * A draft saved: its id, version, and whether the subsidy makes an agreement mandatory (D3), with the
 * explanation the UI shows ("aucune convention n'est exigée" at or below 23 000 €).
 */
public record DraftAgreementSaved(AgreementId agreementId, long version, AgreementRequirement requirement) {

    public DraftAgreementSaved {
        CommandChecks.required(agreementId, "convention");
        CommandChecks.required(requirement, "exigence de convention");
    }
}
