package fr.conventio.application.control;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.domain.shared.AgreementId;

import java.time.LocalDate;

/** Records a breach of the contrat d'engagement républicain (N2) on a day, for a subsidy requested on {@code requestDate}. */
public record RecordRepublicanCommitmentBreachCommand(AgreementId agreementId, long expectedVersion, LocalDate requestDate,
                                                      LocalDate breachDate) {

    public RecordRepublicanCommitmentBreachCommand {
        CommandChecks.required(agreementId, "convention");
        CommandChecks.expectedVersion(expectedVersion);
        CommandChecks.required(requestDate, "date de la demande de subvention");
        CommandChecks.required(breachDate, "date du manquement");
    }
}
