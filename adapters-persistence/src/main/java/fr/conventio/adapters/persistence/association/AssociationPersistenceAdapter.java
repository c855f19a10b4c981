package fr.conventio.adapters.persistence.association;

import fr.conventio.adapters.persistence.support.AuditedFields;
import fr.conventio.adapters.persistence.support.VersionGuard;
import fr.conventio.application.port.out.AssociationRepository;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.party.EmailAddress;
import fr.conventio.domain.party.RnaNumber;
import fr.conventio.domain.party.Siret;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.shared.DomainException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Stores the beneficiary associations in PostgreSQL (table {@code association}). */
@Component
public class AssociationPersistenceAdapter implements AssociationRepository {

    private final AssociationRowRepository rows;
    private final AssociationRowMapper mapper;
    private final VersionGuard versionGuard;
    private final VersionGuard.Audit<Association> audit;
    private final NamedParameterJdbcTemplate jdbc;

    AssociationPersistenceAdapter(AssociationRowRepository rows, AssociationRowMapper mapper, VersionGuard versionGuard,
                                  NamedParameterJdbcTemplate jdbc) {
        this.rows = rows;
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.versionGuard = versionGuard;
        this.audit = new VersionGuard.Audit<>(id -> rows.findById(id).map(mapper::toAssociation), AssociationPersistenceAdapter::auditedFields,
                association -> null);
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
        AssociationRow saved = versionGuard.save(VersionGuard.Root.ASSOCIATION, association.value().id().value(), association, audit,
                () -> rows.save(mapper.toRow(association.value(), association.version())));
        return Versioned.of(association.value(), saved.version());
    }

    /**
     * Deletes the association's row; the foreign key of {@code agreement} refuses it while an agreement refers to
     * it, refused then as the domain words it.
     */
    @Override
    public void delete(Versioned<Association> association) {
        UUID id = association.value().id().value();
        try {
            versionGuard.delete(VersionGuard.Root.ASSOCIATION, id, association, audit,
                    () -> jdbc.update("delete from association where id = :id", Map.of("id", id)));
        } catch (DataIntegrityViolationException referenced) {
            throw new DomainException("Cette association a des conventions : elle ne peut pas être supprimée.");
        }
    }

    private Versioned<Association> toVersioned(AssociationRow row) {
        return Versioned.of(mapper.toAssociation(row), row.version());
    }

    /**
     * Audited: name, registered address (whole), identifiers, representative (civility, name and function),
     * annual budget, fiscal year, republican commitment date, contact e-mail (where reminders go).
     */
    static Map<String, String> auditedFields(Association association) {
        return new AuditedFields()
                .put("name", association.name())
                .put("address", association.registeredAddress().singleLine())
                .put("siret", association.siret().map(Siret::value))
                .put("rna", association.rna().map(RnaNumber::value))
                .put("representative", association.representative().designation())
                .put("annualBudget", association.annualBudget())
                .put("fiscalYearStart", association.fiscalYear().firstDay())
                .put("republicanCommitmentDate", association.republicanCommitmentDate())
                .put("contactEmail", association.contactEmail().map(EmailAddress::value))
                .toMap();
    }
}
