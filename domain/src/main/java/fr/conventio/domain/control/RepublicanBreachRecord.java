package fr.conventio.domain.control;

import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.termination.RepublicanCommitment;
import fr.conventio.domain.shared.TextLimits;

/** A recorded breach of the contrat d'engagement républicain (N2): the withdrawal computed and who recorded it. */
public record RepublicanBreachRecord(RepublicanCommitment.Withdrawal withdrawal, String recordedBy) {

    public RepublicanBreachRecord {
        Checks.require("retrait", withdrawal);
        recordedBy = Checks.requireText("auteur", recordedBy, TextLimits.USER);
    }
}
