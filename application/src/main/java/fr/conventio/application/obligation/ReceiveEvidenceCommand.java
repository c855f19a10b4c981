package fr.conventio.application.obligation;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.domain.obligation.ObligationId;

import java.time.LocalDate;

/**
 * Records a piece of evidence for an obligation: a document already stored (its id). The evidence keeps
 * the document's name as the storage has it, not one the caller states. With the annual accounts (O3), the
 * date the general assembly approved them, when staff know it (O5: the Journal officiel deadline counts from it).
 *
 * @param accountsApprovedOn the general assembly's approval of the accounts, only with the annual accounts; {@code null} when not known
 */
public record ReceiveEvidenceCommand(ObligationId obligationId, long expectedVersion, String documentId, LocalDate receivedOn,
                                     LocalDate accountsApprovedOn) {

    public ReceiveEvidenceCommand {
        CommandChecks.required(obligationId, "obligation");
        CommandChecks.expectedVersion(expectedVersion);
        documentId = CommandChecks.requiredText(documentId, "document");
        CommandChecks.required(receivedOn, "date de réception");
    }

    /** A piece of evidence without an approval date of the accounts. */
    public ReceiveEvidenceCommand(ObligationId obligationId, long expectedVersion, String documentId, LocalDate receivedOn) {
        this(obligationId, expectedVersion, documentId, receivedOn, null);
    }
}
