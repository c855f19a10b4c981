package fr.conventio.application.mail;

import fr.conventio.domain.shared.AgreementId;

import java.util.Objects;

/** The e-mails of one agreement. */
public record ListAgreementMailsQuery(AgreementId agreementId) {

    public ListAgreementMailsQuery {
        Objects.requireNonNull(agreementId, "agreementId");
    }
}
