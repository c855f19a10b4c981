package fr.conventio.application.obligation;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.domain.obligation.ObligationId;

import java.time.LocalDate;

/**
 * Records a piece of evidence for an obligation: a document already stored (its id). The evidence keeps
 * the document's name as the storage has it, not one the caller states.
 */
public record ReceiveEvidenceCommand(ObligationId obligationId, long expectedVersion, String documentId, LocalDate receivedOn) {

    public ReceiveEvidenceCommand {
        CommandChecks.required(obligationId, "obligation");
        CommandChecks.expectedVersion(expectedVersion);
        documentId = CommandChecks.requiredText(documentId, "document");
        CommandChecks.required(receivedOn, "date de réception");
    }
}
