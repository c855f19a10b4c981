package fr.conventio.adapters.persistence.payment;

import fr.conventio.adapters.persistence.support.AuditedFields;
import fr.conventio.adapters.persistence.support.VersionGuard;
import fr.conventio.application.port.out.PaymentRepository;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.payment.Payment;
import fr.conventio.domain.payment.PaymentId;
import fr.conventio.domain.payment.PaymentOrderReference;
import fr.conventio.domain.shared.AgreementId;

import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores payments in PostgreSQL (tables {@code payment}, {@code payment_line_charge}). A payment order
 * reference is unique per agreement (constraint {@code payment_order_reference_unique_v3}).
 */
@Component
public class PaymentPersistenceAdapter implements PaymentRepository {

    private final PaymentRowRepository rows;
    private final PaymentRowMapper mapper;
    private final VersionGuard versionGuard;
    private final VersionGuard.Audit<Payment> audit;

    PaymentPersistenceAdapter(PaymentRowRepository rows, PaymentRowMapper mapper, VersionGuard versionGuard) {
        this.rows = rows;
        this.mapper = mapper;
        this.versionGuard = versionGuard;
        this.audit = new VersionGuard.Audit<>(id -> rows.findById(id).map(mapper::toPayment), PaymentPersistenceAdapter::auditedFields,
                payment -> payment.agreementId().value());
    }

    @Override
    public Optional<Versioned<Payment>> findById(PaymentId id) {
        return rows.findById(id.value()).map(this::toVersioned);
    }

    /** Oldest value date first; payments of the same day by id (a stable order). */
    @Override
    public List<Versioned<Payment>> findByAgreement(AgreementId agreementId) {
        return rows.findByAgreementId(agreementId.value()).stream()
                .sorted(Comparator.comparing(PaymentRow::valueDate).thenComparing(PaymentRow::id))
                .map(this::toVersioned).toList();
    }

    @Override
    public boolean existsByOrderReference(AgreementId agreementId, PaymentOrderReference reference) {
        return rows.existsByAgreementIdAndOrderReference(agreementId.value(), reference.value());
    }

    @Override
    public Versioned<Payment> save(Versioned<Payment> payment) {
        PaymentRow saved = versionGuard.save(VersionGuard.Root.PAYMENT, payment.value().id().value(), payment, audit,
                () -> rows.save(mapper.toRow(payment.value(), payment.version())));
        return Versioned.of(payment.value(), saved.version());
    }

    private Versioned<Payment> toVersioned(PaymentRow row) {
        return Versioned.of(mapper.toPayment(row), row.version());
    }

    /** Audited: kind, status, amount and its charge per budget line, value date, payment order, cancellation. */
    static Map<String, String> auditedFields(Payment payment) {
        AuditedFields fields = new AuditedFields()
                .put("kind", payment.kind())
                .put("instalmentNumber", payment.instalmentNumber())
                .put("status", payment.status())
                .put("amount", payment.amount())
                .put("valueDate", payment.valueDate())
                .put("orderReference", payment.orderReference().map(PaymentOrderReference::value));
        payment.charges().forEach(c -> fields.put("charge." + c.budgetLineId().value(), c.amount()));
        return fields
                .put("cancelledOn", payment.cancelledOn())
                .put("cancelledBy", payment.cancelledBy())
                .putDigest("cancellationReason", payment.cancellationReason().orElse(null))
                .toMap();
    }
}
