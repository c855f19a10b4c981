package fr.conventio.adapters.persistence.funder;

import fr.conventio.adapters.persistence.support.AuditedFields;
import fr.conventio.adapters.persistence.support.VersionGuard;
import fr.conventio.application.port.out.FunderRepository;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.party.Funder;
import fr.conventio.domain.party.Signatory;
import fr.conventio.domain.shared.FunderId;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores the funder in PostgreSQL (tables {@code funder}, {@code funder_signatory}). */
@Component
public class FunderPersistenceAdapter implements FunderRepository {

    private final FunderRowRepository rows;
    private final FunderRowMapper mapper;
    private final VersionGuard versionGuard;
    private final VersionGuard.Audit<Funder> audit;

    FunderPersistenceAdapter(FunderRowRepository rows, FunderRowMapper mapper, VersionGuard versionGuard) {
        this.rows = rows;
        this.mapper = mapper;
        this.versionGuard = versionGuard;
        this.audit = new VersionGuard.Audit<>(id -> rows.findById(id).map(mapper::toFunder), FunderPersistenceAdapter::auditedFields,
                funder -> null);
    }

    @Override
    public Optional<Versioned<Funder>> findById(FunderId id) {
        return rows.findById(id.value()).map(this::toVersioned);
    }

    /** The only funder; an installation with several funders is a set-up error. */
    @Override
    public Optional<Versioned<Funder>> findTheFunder() {
        List<FunderRow> all = rows.findAll();
        if (all.size() > 1) {
            throw new IllegalStateException("installation mal configurée : " + all.size() + " financeurs enregistrés au lieu d'un seul");
        }
        return all.stream().findFirst().map(this::toVersioned);
    }

    @Override
    public Versioned<Funder> save(Versioned<Funder> funder) {
        FunderRow saved = versionGuard.save(VersionGuard.Root.FUNDER, funder.value().id().value(), funder, audit,
                () -> rows.save(mapper.toRow(funder.value(), funder.version())));
        return Versioned.of(funder.value(), saved.version());
    }

    private Versioned<Funder> toVersioned(FunderRow row) {
        return Versioned.of(mapper.toFunder(row), row.version());
    }

    /** Audited: name, kind, SIRET, address (whole), each signatory (civility, name, function and delegation). */
    static Map<String, String> auditedFields(Funder funder) {
        AuditedFields fields = new AuditedFields()
                .put("name", funder.name())
                .put("kind", funder.kind())
                .put("siret", funder.siret().value())
                .put("address", funder.address().singleLine());
        List<Signatory> signatories = funder.signatories();
        for (int i = 0; i < signatories.size(); i++) {
            Signatory signatory = signatories.get(i);
            fields.put("signatory." + (i + 1), signatory.designation() + (signatory.delegation() == null ? "" : " (" + signatory.delegation() + ")"));
        }
        return fields.toMap();
    }
}
