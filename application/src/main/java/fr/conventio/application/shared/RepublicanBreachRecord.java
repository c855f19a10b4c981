package fr.conventio.application.shared;

import fr.conventio.domain.termination.RepublicanCommitment;

/** A recorded breach of the contrat d'engagement républicain (N2): the withdrawal computed and who recorded it. */
public record RepublicanBreachRecord(RepublicanCommitment.Withdrawal withdrawal, String recordedBy) {

    public RepublicanBreachRecord {
        CommandChecks.required(withdrawal, "retrait");
        recordedBy = CommandChecks.requiredText(recordedBy, "auteur");
    }
}
