package fr.conventio.adapters.persistence.recovery;

import fr.conventio.adapters.persistence.support.VersionGuard;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.settlement.RecoveryOrderStatus;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The recovery order aggregate as stored: {@code recovery_order} (number TR-year-sequence in two
 * columns) and its receipts ({@code recovery_order_receipt}, in the order recorded).
 * {@code remainingDue} is {@link fr.conventio.domain.settlement.RecoveryOrder#remainingDue()} as of the
 * save, written for the read side ("titres à encaisser") and never read back into the aggregate.
 */
@Table("recovery_order")
record RecoveryOrderRow(
        @Id UUID id,
        UUID funderId,
        UUID agreementId,
        int numberYear,
        int numberSequence,
        RecoveryGround ground,
        BigDecimal amount,
        BigDecimal remainingDue,
        LocalDate issuedOn,
        RecoveryOrderStatus status,
        LocalDate cancelledOn,
        String cancelledBy,
        String cancellationReason,
        @MappedCollection(idColumn = "recovery_order_id", keyColumn = "position") List<ReceiptRow> receipts,
        @Version Long version) implements VersionGuard.VersionedRow {

    @Table("recovery_order_receipt")
    record ReceiptRow(BigDecimal amount, LocalDate receivedOn) {
    }
}
