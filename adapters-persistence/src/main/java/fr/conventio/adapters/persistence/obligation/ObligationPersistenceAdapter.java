package fr.conventio.adapters.persistence.obligation;

import fr.conventio.adapters.persistence.support.AuditedFields;
import fr.conventio.adapters.persistence.support.VersionGuard;
import fr.conventio.application.port.out.ObligationRepository;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationEvent;
import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.shared.AgreementId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores the association's obligations in PostgreSQL (tables {@code obligation}, {@code obligation_event}). */
@Component
public class ObligationPersistenceAdapter implements ObligationRepository {

    /** Earliest due date first, then in rule order (the order of {@code ObligationType}), as the port says. */
    private static final Comparator<ObligationRow> ORDER = Comparator.comparing(ObligationRow::dueDate)
            .thenComparing(ObligationRow::type).thenComparing(ObligationRow::id);

    private final ObligationRowRepository rows;
    private final ObligationRowMapper mapper;
    private final VersionGuard versionGuard;
    private final VersionGuard.Audit<Obligation> audit;

    ObligationPersistenceAdapter(ObligationRowRepository rows, ObligationRowMapper mapper, VersionGuard versionGuard) {
        this.rows = rows;
        this.mapper = mapper;
        this.versionGuard = versionGuard;
        this.audit = new VersionGuard.Audit<>(id -> rows.findById(id).map(mapper::toObligation), ObligationPersistenceAdapter::auditedFields,
                obligation -> obligation.agreementId().value());
    }

    @Override
    public Optional<Versioned<Obligation>> findById(ObligationId id) {
        return rows.findById(id.value()).map(this::toVersioned);
    }

    @Override
    public List<Versioned<Obligation>> findByAgreement(AgreementId agreementId) {
        return rows.findByAgreementId(agreementId.value()).stream().sorted(ORDER).map(this::toVersioned).toList();
    }

    @Override
    public Versioned<Obligation> save(Versioned<Obligation> obligation) {
        ObligationRow saved = versionGuard.save(VersionGuard.Root.OBLIGATION, obligation.value().id().value(), obligation, audit,
                () -> rows.save(mapper.toRow(obligation.value(), obligation.version())));
        return Versioned.of(obligation.value(), saved.version());
    }

    /** All or none: one transaction (the caller's, if any). */
    @Override
    @Transactional
    public List<Versioned<Obligation>> saveAll(List<Versioned<Obligation>> obligations) {
        return obligations.stream().map(this::save).toList();
    }

    private Versioned<Obligation> toVersioned(ObligationRow row) {
        return Versioned.of(mapper.toObligation(row), row.version());
    }

    /**
     * Audited: type, due date, status, the general assembly's approval date of the accounts (O5), the number of events and pieces of evidence, and the last event (what,
     * when, who, the evidence's file); its reason by digest ({@link AuditedFields#putDigest}): the reason is
     * kept in the event's row, never rewritten, and is stored once. The reason of an obligation added after the
     * signature (O4 on the annual total) whole, once, on its insert: the history line staff read.
     */
    static Map<String, String> auditedFields(Obligation obligation) {
        List<ObligationEvent> history = obligation.history();
        ObligationEvent last = history.isEmpty() ? null : history.getLast();
        return new AuditedFields()
                .put("type", obligation.type())
                .put("dueDate", obligation.dueDate())
                .put("status", obligation.status())
                .put("addedReason", obligation.addedReason().orElse(null))
                .put("accountsApprovedOn", obligation.accountsApprovedOn().orElse(null))
                .put("events", history.size())
                .put("evidence", obligation.evidence().size())
                .put("lastEvent", last == null ? null : describe(last))
                .putDigest("lastEventReason", last == null ? null : last.reason())
                .toMap();
    }

    private static String describe(ObligationEvent event) {
        return event.kind() + " le " + event.on() + " par " + event.by()
                + event.optionalEvidence().map(e -> " : " + e.fileName() + " (" + e.documentId() + ")").orElse("");
    }
}
