package fr.conventio.application.paperwork;

import fr.conventio.application.shared.InvalidCommandException;
import fr.conventio.domain.shared.AgreementId;

/** Asks for the documents of an agreement. */
public record ListAgreementDocumentsQuery(AgreementId agreementId) {

    public ListAgreementDocumentsQuery {
        if (agreementId == null) {
            throw new InvalidCommandException("convention", "convention absente");
        }
    }
}
