package fr.conventio.adapters.persistence;

import fr.conventio.application.port.out.AgreementControlRepository;
import fr.conventio.application.shared.AgreementControl;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.shared.AgreementId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Stores each agreement's control file in PostgreSQL: {@code agreement_control} (one row per agreement,
 * keyed by its id) and the child tables {@code agreement_control_formal_notice}, {@code _funding_decision},
 * {@code _meeting} and {@code _republican_breach}.
 */
@Component
public class AgreementControlPersistenceAdapter implements AgreementControlRepository {

    private final AgreementControlRowRepository rows;
    private final AgreementControlRowMapper mapper;
    private final VersionGuard versionGuard;

    AgreementControlPersistenceAdapter(AgreementControlRowRepository rows, AgreementControlRowMapper mapper, VersionGuard versionGuard) {
        this.rows = rows;
        this.mapper = mapper;
        this.versionGuard = versionGuard;
    }

    @Override
    public Optional<Versioned<AgreementControl>> findByAgreement(AgreementId agreementId) {
        return rows.findById(agreementId.value()).map(row -> Versioned.of(mapper.toControl(row), row.version()));
    }

    @Override
    public Versioned<AgreementControl> save(Versioned<AgreementControl> control) {
        AgreementControlRow saved = versionGuard.save(VersionGuard.Root.AGREEMENT_CONTROL, control.value().agreementId().value(), control,
                () -> rows.save(mapper.toRow(control.value(), control.version())));
        return Versioned.of(control.value(), saved.version());
    }
}
