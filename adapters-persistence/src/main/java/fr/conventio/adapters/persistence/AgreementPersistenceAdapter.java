package fr.conventio.adapters.persistence;

import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.shared.AgreementId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Stores agreements in PostgreSQL: table {@code agreement}, the terms per version in
 * {@code agreement_terms} and {@code agreement_terms_*}, amendments, delegations and suspensions.
 */
@Component
public class AgreementPersistenceAdapter implements AgreementRepository {

    private final AgreementRowRepository rows;
    private final AgreementRowMapper mapper;
    private final VersionGuard versionGuard;

    AgreementPersistenceAdapter(AgreementRowRepository rows, AgreementRowMapper mapper, VersionGuard versionGuard) {
        this.rows = rows;
        this.mapper = mapper;
        this.versionGuard = versionGuard;
    }

    @Override
    public Optional<Versioned<Agreement>> findById(AgreementId id) {
        return rows.findById(id.value()).map(row -> Versioned.of(mapper.toAgreement(row), row.version()));
    }

    @Override
    public Versioned<Agreement> save(Versioned<Agreement> agreement) {
        AgreementRow saved = versionGuard.save(VersionGuard.Root.AGREEMENT, agreement.value().id().value(), agreement,
                () -> rows.save(mapper.toRow(agreement.value(), agreement.version())));
        return Versioned.of(agreement.value(), saved.version());
    }

    @Override
    public boolean existsByReference(AgreementReference reference) {
        return rows.existsByReference(reference.value());
    }
}
