package fr.conventio.adapters.persistence.payment;

import fr.conventio.adapters.persistence.support.VersionGuard;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.payment.PaymentStatus;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The payment aggregate as stored: {@code payment} and its line charges ({@code payment_line_charge}, in order). */
@Table("payment")
record PaymentRow(
        @Id UUID id,
        UUID agreementId,
        PaymentKind kind,
        LocalDate valueDate,
        String orderReference,
        PaymentStatus status,
        LocalDate cancelledOn,
        String cancelledBy,
        String cancellationReason,
        Integer instalmentNumber,
        @MappedCollection(idColumn = "payment_id", keyColumn = "position") List<LineChargeRow> charges,
        @Version Long version) implements VersionGuard.VersionedRow {

    /** The part of the payment charged to one budget line (V4). */
    @Table("payment_line_charge")
    record LineChargeRow(UUID budgetLineId, BigDecimal amount) {
    }
}
