package fr.conventio.application.reading;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.domain.shared.AgreementId;

/** Asks for the agreement page. */
public record GetAgreementQuery(AgreementId agreementId) {

    public GetAgreementQuery {
        CommandChecks.required(agreementId, "convention");
    }
}
