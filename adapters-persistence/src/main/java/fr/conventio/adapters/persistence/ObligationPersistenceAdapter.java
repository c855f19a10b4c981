package fr.conventio.adapters.persistence;

import fr.conventio.application.port.out.ObligationRepository;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.shared.AgreementId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stores the association's obligations in PostgreSQL (tables {@code obligation}, {@code obligation_event}). */
@Component
public class ObligationPersistenceAdapter implements ObligationRepository {

    /** Earliest due date first, then in rule order (the order of {@code ObligationType}), as the port says. */
    private static final Comparator<ObligationRow> ORDER = Comparator.comparing(ObligationRow::dueDate)
            .thenComparing(ObligationRow::type).thenComparing(ObligationRow::id);

    private final ObligationRowRepository rows;
    private final ObligationRowMapper mapper;
    private final VersionGuard versionGuard;

    ObligationPersistenceAdapter(ObligationRowRepository rows, ObligationRowMapper mapper, VersionGuard versionGuard) {
        this.rows = rows;
        this.mapper = mapper;
        this.versionGuard = versionGuard;
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
        ObligationRow saved = versionGuard.save(VersionGuard.Root.OBLIGATION, obligation.value().id().value(), obligation,
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
}
