package fr.conventio.application.association;

import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.obligation.ObligationStatus;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.shared.AgreementId;

import java.time.LocalDate;

/**
 * A document the association sent as evidence of one of its obligations (read model): one per
 * RECEIVED event of the obligation's history. {@code documentId} opens it in the document storage.
 *
 * @param status what became of this document: RECEIVED while no review followed its receipt, then
 *               ACCEPTED, REJECTED or WAIVED after the first review event that follows it (a later
 *               document of the same obligation may be judged differently)
 */
public record ReceivedDocument(AgreementId agreementId, String agreementReference, ObligationId obligationId,
                               ObligationType obligationType, String documentId, String fileName, LocalDate receivedOn,
                               ObligationStatus status) {
}
