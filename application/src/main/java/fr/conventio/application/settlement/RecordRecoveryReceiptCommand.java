package fr.conventio.application.settlement;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.domain.settlement.RecoveryOrderId;
import fr.conventio.domain.shared.Amount;

import java.time.LocalDate;

/** Records a sum received against a recovery order. */
public record RecordRecoveryReceiptCommand(RecoveryOrderId orderId, long expectedVersion, Amount amount, LocalDate receivedOn, SubmissionKey submission) {

    public RecordRecoveryReceiptCommand {
        CommandChecks.required(orderId, "titre de recettes");
        CommandChecks.expectedVersion(expectedVersion);
        CommandChecks.required(amount, "montant encaissé");
        CommandChecks.required(receivedOn, "date d'encaissement");
        CommandChecks.required(submission, "clé de soumission");
    }

    /** A submission of its own (a new intention each time). */
    public RecordRecoveryReceiptCommand(RecoveryOrderId orderId, long expectedVersion, Amount amount, LocalDate receivedOn) {
        this(orderId, expectedVersion, amount, receivedOn, SubmissionKey.newKey());
    }
}
