package fr.conventio.adapters.persistence;

import fr.conventio.application.port.out.AssociationRepository;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.party.Siret;
import fr.conventio.domain.shared.AssociationId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Stores the beneficiary associations in PostgreSQL (table {@code association}). */
@Component
public class AssociationPersistenceAdapter implements AssociationRepository {

    private final AssociationRowRepository rows;
    private final AssociationRowMapper mapper;
    private final VersionGuard versionGuard;

    AssociationPersistenceAdapter(AssociationRowRepository rows, AssociationRowMapper mapper, VersionGuard versionGuard) {
        this.rows = rows;
        this.mapper = mapper;
        this.versionGuard = versionGuard;
    }

    @Override
    public Optional<Versioned<Association>> findById(AssociationId id) {
        return rows.findById(id.value()).map(this::toVersioned);
    }

    @Override
    public Optional<Versioned<Association>> findBySiret(Siret siret) {
        return rows.findBySiret(siret.value()).map(this::toVersioned);
    }

    @Override
    public Versioned<Association> save(Versioned<Association> association) {
        AssociationRow saved = versionGuard.save(VersionGuard.Root.ASSOCIATION, association.value().id().value(), association,
                () -> rows.save(mapper.toRow(association.value(), association.version())));
        return Versioned.of(association.value(), saved.version());
    }

    private Versioned<Association> toVersioned(AssociationRow row) {
        return Versioned.of(mapper.toAssociation(row), row.version());
    }
}
