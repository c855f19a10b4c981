package fr.conventio.adapters.persistence.agreement;

import fr.conventio.adapters.persistence.support.AuditedFields;
import fr.conventio.adapters.persistence.support.VersionGuard;
import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.ActionCategory;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.agreement.Amendment;
import fr.conventio.domain.agreement.FundingSource;
import fr.conventio.domain.agreement.InKindContribution;
import fr.conventio.domain.agreement.PaymentTerms;
import fr.conventio.domain.agreement.Settlement;
import fr.conventio.domain.agreement.Suspension;
import fr.conventio.domain.agreement.Termination;
import fr.conventio.domain.agreement.ThirdPartyDelegation;
import fr.conventio.domain.party.Representative;
import fr.conventio.domain.party.Signatory;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.shared.BudgetYear;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

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
    private final NamedParameterJdbcTemplate jdbc;

    AgreementPersistenceAdapter(AgreementRowRepository rows, AgreementRowMapper mapper, VersionGuard versionGuard,
                                NamedParameterJdbcTemplate jdbc) {
        this.rows = rows;
        this.mapper = mapper;
        this.versionGuard = versionGuard;
        this.jdbc = jdbc;
        this.audit = new VersionGuard.Audit<>(id -> rows.findById(id).map(mapper::toAgreement),
                agreement -> auditedFields(agreement, beneficiaryName(agreement)), agreement -> agreement.id().value());
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

    /** Deletes the row of {@code agreement}; its terms, amendments and account figures go by the cascades of V1 and V11. */
    @Override
    public void delete(Versioned<Agreement> agreement) {
        UUID id = agreement.value().id().value();
        versionGuard.delete(VersionGuard.Root.AGREEMENT, id, agreement, audit,
                () -> jdbc.update("delete from agreement where id = :id", Map.of("id", id)));
    }

    @Override
    public long countByAssociation(AssociationId associationId) {
        Long count = jdbc.queryForObject("select count(*) from agreement where association_id = :id",
                Map.of("id", associationId.value()), Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public boolean existsByReference(AgreementReference reference) {
        return findSameReference(reference).isPresent();
    }

    /** By the expression of the unique index of V15, which it uses. */
    @Override
    public Optional<AgreementReference> findSameReference(AgreementReference reference) {
        return jdbc.query("select reference from agreement where"
                        + " lower(conventio_unaccent(btrim(reference))) = lower(conventio_unaccent(btrim(:reference)))",
                Map.of("reference", reference.value()), (row, n) -> AgreementReference.of(row.getString(1))).stream().findFirst();
    }

    @Override
    public List<AgreementId> findIdsByAssociationAndBudgetYear(AssociationId associationId, BudgetYear budgetYear) {
        return jdbc.query("select id from agreement where association_id = :association and budget_year = :year order by reference collate \"C\", id",
                Map.of("association", associationId.value(), "year", budgetYear.value()),
                (row, n) -> new AgreementId(row.getObject(1, UUID.class)));
    }

    /**
     * Audited: reference, status, the beneficiary (by name, as registered when saved), the Article 1
     * objectives and the action programme (each category's title and each action, whole), the representative
     * and the signatory, the terms in force (subsidy, its split per budget line, eligible expenses, financing
     * plan and in-kind contributions, advance rate, payment dates, payment on an event, award notification,
     * version number), deliberation, signature, amendments, delegations and suspensions (dated, their
     * descriptions and reasons by digest: they are kept in rows never rewritten), settlement (with its real
     * expenses and the subsidy it is computed on), closure, termination. Long texts: see {@link AuditedFields}.
     */
    static Map<String, String> auditedFields(Agreement agreement, String beneficiaryName) {
        AuditedFields fields = new AuditedFields()
                .put("reference", agreement.reference().value())
                .put("status", agreement.status())
                .put("budgetYear", agreement.budgetYear().value())
                .put("beneficiary", beneficiaryName)
                .put("object", agreement.object().objectives());
        for (ActionCategory category : agreement.programme().categories()) {
            fields.put("programme." + category.numeral(), category.title());
            for (int i = 0; i < category.actions().size(); i++) {
                fields.put("programme." + category.numeral() + "." + (i + 1), category.actions().get(i).text());
            }
        }
        fields.put("representative", designation(agreement.representative()))
                .put("signatory", designation(agreement.signatory()))
                .put("subsidy", agreement.subsidy().votedAmount())
                .put("eligibleExpenses", agreement.forecastBudget().eligibleExpenses());
        List<FundingSource> plan = agreement.forecastBudget().financingPlan();
        for (int i = 0; i < plan.size(); i++) {
            FundingSource source = plan.get(i);
            fields.put("financing." + (i + 1), source.kind().label() + " — " + source.name() + " : " + source.amount().value().toPlainString());
        }
        List<InKindContribution> inKind = agreement.forecastBudget().inKindContributions();
        for (int i = 0; i < inKind.size(); i++) {
            InKindContribution contribution = inKind.get(i);
            fields.put("inKind." + (i + 1), contribution.kind().label() + " — " + contribution.description() + " : "
                    + contribution.value().value().toPlainString());
        }
        PaymentTerms terms = agreement.paymentTerms();
        fields.put("advanceRate", terms.advanceRate())
                .put("paymentDates", terms.paymentDates().isEmpty() ? null
                        : terms.paymentDates().stream().map(LocalDate::toString).collect(Collectors.joining(", ")))
                .put("paymentOnEvent", terms.paymentOnEvent())
                .put("awardNotifiedOn", terms.awardNotificationDate())
                .put("operationPeriod", agreement.ownOperationPeriod().map(p -> "du " + p.start() + " au " + p.end()))
                .put("keepUnspentClause", agreement.keepUnspentClause().isNone() ? null : agreement.keepUnspentClause().describe())
                .put("termsVersion", agreement.versionNumber());
        agreement.subsidy().split().forEach(a -> fields.put("subsidy." + a.budgetLineId().value(), a.amount()));
        terms.instalments().ifPresent(schedule -> {
            for (int i = 0; i < schedule.size(); i++) {
                fr.conventio.domain.agreement.Instalment instalment = schedule.instalments().get(i);
                fields.put("instalment." + (i + 1), instalment.amount().value().toPlainString() + " — " + instalment.describeCondition());
            }
        });
        fields.put("deliberation", agreement.deliberation().map(d -> d.number() + ", " + d.decidingBody() + ", du " + d.date()))
                .put("signatureDate", agreement.signatureDate());
        for (Amendment amendment : agreement.amendments()) {
            fields.putDigest("amendment." + amendment.number(), "du " + amendment.date() + " : " + amendment.description()
                    + (amendment.otherChange() == null ? "" : " ; " + amendment.otherChange()));
        }
        List<ThirdPartyDelegation> delegations = agreement.thirdPartyDelegations();
        for (int i = 0; i < delegations.size(); i++) {
            fields.putDigest("thirdPartyDelegation." + (i + 1), "accord du " + delegations.get(i).agreedOn() + " : " + delegations.get(i).description());
        }
        List<Suspension> suspensions = agreement.suspensions();
        for (int i = 0; i < suspensions.size(); i++) {
            Suspension suspension = suspensions.get(i);
            fields.put("suspension." + (i + 1), "du " + suspension.since() + suspension.resumption().map(d -> " au " + d).orElse(""))
                    .putDigest("suspensionReason." + (i + 1), suspension.reason());
        }
        return fields
                .put("suspendedSince", agreement.currentSuspension().map(Suspension::since))
                .put("finalSubsidy", agreement.settlement().map(Settlement::finalSubsidy))
                .put("settledOn", agreement.settlement().map(Settlement::settledOn))
                .put("realExpenses", agreement.settlement().flatMap(Settlement::realExpensesIfKnown))
                .put("subsidyBase", agreement.settlement().flatMap(Settlement::subsidyBaseIfKnown))
                .put("closedOn", agreement.closedOn())
                .put("terminationDate", agreement.termination().map(Termination::effectiveDate))
                .put("terminationGround", agreement.termination().map(Termination::ground))
                .toMap();
    }

    /** "Monsieur Lionel LAPRAS, Président". */
    static String designation(Representative representative) {
        return representative.designation();
    }

    /** "Monsieur Gérard BRAMOULLÉ, Vice-Président délégué (Pour la Présidente et par délégation)". */
    static String designation(Signatory signatory) {
        return signatory.designation() + (signatory.delegation() == null ? "" : " (" + signatory.delegation() + ")");
    }

    /** The association's name as registered now, for the audit row (an id says nothing to staff). */
    private String beneficiaryName(Agreement agreement) {
        return jdbc.query("select name from association where id = :id", Map.of("id", agreement.associationId().value()),
                rs -> rs.next() ? rs.getString(1) : agreement.associationId().toString());
    }
}
