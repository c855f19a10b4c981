package fr.conventio.adapters.persistence.recovery;

import fr.conventio.adapters.persistence.support.AuditedFields;
import fr.conventio.adapters.persistence.support.VersionGuard;
import fr.conventio.application.port.out.RecoveryOrderRepository;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.settlement.RecoveryOrder;
import fr.conventio.domain.settlement.RecoveryOrderId;
import fr.conventio.domain.shared.AgreementId;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores recovery orders in PostgreSQL (tables {@code recovery_order}, {@code recovery_order_receipt}).
 * A number is unique per funder (constraint {@code recovery_order_number_unique}); the receipts never
 * exceed the order's amount (deferred trigger {@code recovery_order_receipts_within_amount}).
 */
@Component
public class RecoveryOrderPersistenceAdapter implements RecoveryOrderRepository {

    private final RecoveryOrderRowRepository rows;
    private final RecoveryOrderRowMapper mapper;
    private final VersionGuard versionGuard;
    private final VersionGuard.Audit<RecoveryOrder> audit;

    RecoveryOrderPersistenceAdapter(RecoveryOrderRowRepository rows, RecoveryOrderRowMapper mapper, VersionGuard versionGuard) {
        this.rows = rows;
        this.mapper = mapper;
        this.versionGuard = versionGuard;
        this.audit = new VersionGuard.Audit<>(id -> rows.findById(id).map(mapper::toRecoveryOrder), RecoveryOrderPersistenceAdapter::auditedFields,
                order -> order.agreementId().value());
    }

    @Override
    public Optional<Versioned<RecoveryOrder>> findById(RecoveryOrderId id) {
        return rows.findById(id.value()).map(this::toVersioned);
    }

    @Override
    public List<Versioned<RecoveryOrder>> findByAgreement(AgreementId agreementId) {
        return rows.findByAgreementIdOrderByNumberYearAscNumberSequenceAsc(agreementId.value()).stream().map(this::toVersioned).toList();
    }

    @Override
    public Versioned<RecoveryOrder> save(Versioned<RecoveryOrder> order) {
        RecoveryOrderRow saved = versionGuard.save(VersionGuard.Root.RECOVERY_ORDER, order.value().id().value(), order, audit,
                () -> rows.save(mapper.toRow(order.value(), order.version())));
        return Versioned.of(order.value(), saved.version());
    }

    private Versioned<RecoveryOrder> toVersioned(RecoveryOrderRow row) {
        return Versioned.of(mapper.toRecoveryOrder(row), row.version());
    }

    /** Audited: number, ground, amount, issue date, status, amount received and receipts, cancellation. */
    static Map<String, String> auditedFields(RecoveryOrder order) {
        return new AuditedFields()
                .put("number", order.number())
                .put("ground", order.ground())
                .put("amount", order.amount())
                .put("issuedOn", order.issuedOn())
                .put("status", order.status())
                .put("amountReceived", order.amountReceived())
                .put("receipts", order.receipts().size())
                .put("cancelledOn", order.cancelledOn())
                .put("cancelledBy", order.cancelledBy())
                .putDigest("cancellationReason", order.cancellationReason().orElse(null))
                .toMap();
    }
}
