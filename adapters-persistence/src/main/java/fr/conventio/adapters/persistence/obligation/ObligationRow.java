package fr.conventio.adapters.persistence.obligation;

import fr.conventio.adapters.persistence.support.VersionGuard;
import fr.conventio.domain.obligation.ObligationEvent;
import fr.conventio.domain.obligation.ObligationStatus;
import fr.conventio.domain.obligation.ObligationType;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The obligation aggregate as stored: {@code obligation} and its history ({@code obligation_event},
 * oldest first). The evidence received is carried by the RECEIVED events. {@code added_reason}: why it was added
 * after the signature (O4 on the annual total, V21), {@code null} when it came with it.
 * {@code accounts_approved_on}: on the annual accounts, the general assembly's approval date (O5, V28), {@code null} until known.
 */
@Table("obligation")
record ObligationRow(
        @Id UUID id,
        UUID agreementId,
        ObligationType type,
        LocalDate dueDate,
        ObligationStatus status,
        @MappedCollection(idColumn = "obligation_id", keyColumn = "position") List<EventRow> history,
        String addedReason,
        LocalDate accountsApprovedOn,
        @Version Long version) implements VersionGuard.VersionedRow {

    /** One event of the history; columns {@code evidence_document_id}, {@code evidence_file_name} when it carries evidence. */
    @Table("obligation_event")
    record EventRow(ObligationEvent.Kind kind, LocalDate eventDate, String recordedBy,
                    @Embedded.Nullable(prefix = "evidence_") EvidenceRow evidence, String reason) {
    }

    record EvidenceRow(String documentId, String fileName) {
    }
}
