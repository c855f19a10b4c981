package fr.conventio.application.reading;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.domain.shared.AgreementId;

/** Asks for one page of an agreement's audit trail. */
public record GetAgreementHistoryQuery(AgreementId agreementId, PageRequest page) {

    public GetAgreementHistoryQuery {
        CommandChecks.required(agreementId, "convention");
        CommandChecks.required(page, "page");
    }
}
