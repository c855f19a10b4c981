package fr.conventio.application.obligation;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.domain.obligation.ObligationId;

import java.time.LocalDate;

/** Records a piece of evidence for an obligation: a document already stored (its id) and its file name. */
public record ReceiveEvidenceCommand(ObligationId obligationId, long expectedVersion, String documentId, String fileName,
                                     LocalDate receivedOn) {

    public ReceiveEvidenceCommand {
        CommandChecks.required(obligationId, "obligation");
        CommandChecks.expectedVersion(expectedVersion);
        documentId = CommandChecks.requiredText(documentId, "document");
        fileName = CommandChecks.requiredText(fileName, "nom du fichier");
        CommandChecks.required(receivedOn, "date de réception");
    }
}
