package fr.conventio.adapters.persistence.agreement;

import fr.conventio.adapters.persistence.support.AuditedFields;
import fr.conventio.adapters.persistence.support.VersionGuard;
import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.agreement.Settlement;
import fr.conventio.domain.agreement.Suspension;
import fr.conventio.domain.agreement.Termination;
import fr.conventio.domain.shared.AgreementId;

import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;

/**
 * Stores agreements in PostgreSQL: table {@code agreement}, the terms per version in
 * {@code agreement_terms} and {@code agreement_terms_*}, amendments, delegations and suspensions.
 */
@Component
public class AgreementPersistenceAdapter implements AgreementRepository {

    private final AgreementRowRepository rows;
    private final AgreementRowMapper mapper;
    private final VersionGuard versionGuard;
    private final VersionGuard.Audit<Agreement> audit;

    AgreementPersistenceAdapter(AgreementRowRepository rows, AgreementRowMapper mapper, VersionGuard versionGuard) {
        this.rows = rows;
        this.mapper = mapper;
        this.versionGuard = versionGuard;
        this.audit = new VersionGuard.Audit<>(id -> rows.findById(id).map(mapper::toAgreement), AgreementPersistenceAdapter::auditedFields,
                agreement -> agreement.id().value());
    }

    @Override
    public Optional<Versioned<Agreement>> findById(AgreementId id) {
        return rows.findById(id.value()).map(row -> Versioned.of(mapper.toAgreement(row), row.version()));
    }

    @Override
    public Versioned<Agreement> save(Versioned<Agreement> agreement) {
        AgreementRow saved = versionGuard.save(VersionGuard.Root.AGREEMENT, agreement.value().id().value(), agreement, audit,
                () -> rows.save(mapper.toRow(agreement.value(), agreement.version())));
        return Versioned.of(agreement.value(), saved.version());
    }

    @Override
    public boolean existsByReference(AgreementReference reference) {
        return rows.existsByReference(reference.value());
    }

    /**
     * Audited: reference, status, the terms in force (subsidy, its split per budget line, eligible expenses,
     * advance rate, version number), deliberation, signature, settlement (with its real expenses), suspension, closure, termination.
     */
    static Map<String, String> auditedFields(Agreement agreement) {
        AuditedFields fields = new AuditedFields()
                .put("reference", agreement.reference().value())
                .put("status", agreement.status())
                .put("budgetYear", agreement.budgetYear().value())
                .put("subsidy", agreement.subsidy().votedAmount())
                .put("eligibleExpenses", agreement.forecastBudget().eligibleExpenses())
                .put("advanceRate", agreement.paymentTerms().advanceRate())
                .put("termsVersion", agreement.versionNumber());
        agreement.subsidy().split().forEach(a -> fields.put("subsidy." + a.budgetLineId().value(), a.amount()));
        return fields
                .put("deliberation", agreement.deliberation().map(d -> d.number() + " du " + d.date()))
                .put("signatureDate", agreement.signatureDate())
                .put("suspendedSince", agreement.currentSuspension().map(Suspension::since))
                .put("suspensions", agreement.suspensions().size())
                .put("thirdPartyDelegations", agreement.thirdPartyDelegations().size())
                .put("finalSubsidy", agreement.settlement().map(Settlement::finalSubsidy))
                .put("settledOn", agreement.settlement().map(Settlement::settledOn))
                .put("realExpenses", agreement.settlement().flatMap(Settlement::realExpensesIfKnown))
                .put("closedOn", agreement.closedOn())
                .put("terminationDate", agreement.termination().map(Termination::effectiveDate))
                .put("terminationGround", agreement.termination().map(Termination::ground))
                .toMap();
    }
}
