package fr.conventio.application.lifecycle;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.domain.shared.AgreementId;

import java.time.LocalDate;

/** Records the signature of an approved agreement on a date. */
public record SignAgreementCommand(AgreementId agreementId, long expectedVersion, LocalDate signatureDate) {

    /** The signature date's name in refusals (a form shows them on its field). */
    public static final String SIGNATURE_DATE = "date de signature";

    public SignAgreementCommand {
        CommandChecks.required(agreementId, "convention");
        CommandChecks.expectedVersion(expectedVersion);
        CommandChecks.required(signatureDate, SIGNATURE_DATE);
    }
}
