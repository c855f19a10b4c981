package fr.conventio.application.lifecycle;

import fr.conventio.domain.agreement.ChangedElement;
import fr.conventio.domain.shared.AgreementId;

import java.util.List;

/** The amendment concluded: its number and the elements it changed, and the agreement's new version. */
public record AmendAgreementResult(AgreementId agreementId, long version, int amendmentNumber, List<ChangedElement> changes) {

    public AmendAgreementResult {
        changes = List.copyOf(changes);
    }
}
