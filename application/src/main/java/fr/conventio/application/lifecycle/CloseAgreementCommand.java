package fr.conventio.application.lifecycle;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.domain.shared.AgreementId;

import java.time.LocalDate;

/** A manager closes a settled agreement's file (D2) on {@code closedOn}, the agreement as seen at {@code expectedVersion}. */
public record CloseAgreementCommand(AgreementId agreementId, long expectedVersion, LocalDate closedOn) {

    public CloseAgreementCommand {
        CommandChecks.required(agreementId, "convention");
        CommandChecks.expectedVersion(expectedVersion);
        CommandChecks.required(closedOn, "date de clôture");
    }
}
