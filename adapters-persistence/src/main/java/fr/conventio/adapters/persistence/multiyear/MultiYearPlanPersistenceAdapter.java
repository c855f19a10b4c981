package fr.conventio.adapters.persistence.multiyear;

import fr.conventio.adapters.persistence.support.AuditedFields;
import fr.conventio.adapters.persistence.support.VersionGuard;
import fr.conventio.application.port.out.MultiYearPlanRepository;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.multiyear.ConfirmationKind;
import fr.conventio.domain.multiyear.MultiYearPlan;
import fr.conventio.domain.multiyear.PlannedYear;
import fr.conventio.domain.multiyear.PlannedYearStatus;
import fr.conventio.domain.multiyear.SettlementMode;
import fr.conventio.domain.multiyear.YearConfirmation;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.BudgetYear;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stores the plans of the CPOs (D5) with plain SQL: the plan row, one row per later year, one row per line of each
 * year's split. A save replaces the child rows; optimistic locking and the audit trail go through the
 * {@link VersionGuard} like every aggregate (audited: the settlement mode, each year's amount, status and confirmation,
 * the termination).
 */
@Component
public class MultiYearPlanPersistenceAdapter implements MultiYearPlanRepository {

    private final NamedParameterJdbcTemplate jdbc;
    private final VersionGuard versionGuard;
    private final VersionGuard.Audit<MultiYearPlan> audit;

    MultiYearPlanPersistenceAdapter(NamedParameterJdbcTemplate jdbc, VersionGuard versionGuard) {
        this.jdbc = jdbc;
        this.versionGuard = versionGuard;
        this.audit = new VersionGuard.Audit<>(id -> load(id).map(Versioned::value), MultiYearPlanPersistenceAdapter::auditedFields,
                plan -> plan.headAgreementId().value());
    }

    private record Saved(Long version) implements VersionGuard.VersionedRow {
    }

    @Override
    public Optional<Versioned<MultiYearPlan>> findByHead(AgreementId headAgreementId) {
        return load(headAgreementId.value());
    }

    @Override
    public Optional<Versioned<MultiYearPlan>> findByMember(AgreementId agreementId) {
        List<UUID> heads = jdbc.queryForList("""
                select head_agreement_id from multi_year_plan where head_agreement_id = :id
                union select head_agreement_id from multi_year_plan_year where award_agreement_id = :id""",
                Map.of("id", agreementId.value()), UUID.class);
        return heads.isEmpty() ? Optional.empty() : load(heads.getFirst());
    }

    @Override
    public Versioned<MultiYearPlan> save(Versioned<MultiYearPlan> versioned) {
        MultiYearPlan plan = versioned.value();
        UUID head = plan.headAgreementId().value();
        Saved saved = versionGuard.save(VersionGuard.Root.MULTI_YEAR_PLAN, head, versioned, audit, () -> write(plan, versioned));
        return Versioned.of(plan, saved.version());
    }

    @Override
    public void delete(AgreementId headAgreementId) {
        jdbc.update("delete from multi_year_plan where head_agreement_id = :id", Map.of("id", headAgreementId.value()));
    }

    private Saved write(MultiYearPlan plan, Versioned<MultiYearPlan> versioned) {
        UUID head = plan.headAgreementId().value();
        long version = versioned.isNew() ? 0 : versioned.version() + 1;
        MapSqlParameterSource row = new MapSqlParameterSource()
                .addValue("head", head)
                .addValue("firstYear", plan.firstYear().value())
                .addValue("firstAmount", plan.firstYearAmount().value())
                .addValue("mode", plan.settlementMode().name())
                .addValue("terminatedOn", plan.terminatedOn().map(Date::valueOf).orElse(null))
                .addValue("version", version);
        if (versioned.isNew()) {
            jdbc.update("""
                    insert into multi_year_plan (head_agreement_id, first_year, first_year_amount, settlement_mode, terminated_on, version)
                    values (:head, :firstYear, :firstAmount, :mode, :terminatedOn, :version)""", row);
        } else {
            jdbc.update("""
                    update multi_year_plan set first_year = :firstYear, first_year_amount = :firstAmount, settlement_mode = :mode,
                    terminated_on = :terminatedOn, version = :version where head_agreement_id = :head""", row);
            jdbc.update("delete from multi_year_plan_year where head_agreement_id = :head", Map.of("head", head));
        }
        for (PlannedYear year : plan.laterYears()) {
            Optional<YearConfirmation> confirmation = year.confirmationIfAny();
            jdbc.update("""
                    insert into multi_year_plan_year (head_agreement_id, rank, budget_year, amount, status, confirmed_on,
                                                      confirmation_kind, award_agreement_id)
                    values (:head, :rank, :year, :amount, :status, :confirmedOn, :kind, :award)""", new MapSqlParameterSource()
                    .addValue("head", head)
                    .addValue("rank", year.rank())
                    .addValue("year", year.budgetYear().value())
                    .addValue("amount", year.amount().value())
                    .addValue("status", year.status().name())
                    .addValue("confirmedOn", confirmation.map(c -> Date.valueOf(c.confirmedOn())).orElse(null))
                    .addValue("kind", confirmation.map(c -> c.kind().name()).orElse(null))
                    .addValue("award", confirmation.map(c -> c.awardId().value()).orElse(null)));
            List<SubsidyAllocation> split = year.subsidy().split();
            for (int i = 0; i < split.size(); i++) {
                SubsidyAllocation allocation = split.get(i);
                jdbc.update("""
                        insert into multi_year_plan_year_split (head_agreement_id, rank, position, budget_line_id, label, amount)
                        values (:head, :rank, :position, :line, :label, :amount)""", new MapSqlParameterSource()
                        .addValue("head", head)
                        .addValue("rank", year.rank())
                        .addValue("position", i)
                        .addValue("line", allocation.budgetLineId().value())
                        .addValue("label", allocation.label())
                        .addValue("amount", allocation.amount().value()));
            }
        }
        return new Saved(version);
    }

    private Optional<Versioned<MultiYearPlan>> load(UUID head) {
        record PlanRow(int firstYear, BigDecimal firstAmount, String mode, LocalDate terminatedOn, long version) {
        }
        List<PlanRow> plans = jdbc.query("select * from multi_year_plan where head_agreement_id = :head", Map.of("head", head),
                (rs, n) -> new PlanRow(rs.getInt("first_year"), rs.getBigDecimal("first_year_amount"), rs.getString("settlement_mode"),
                        rs.getObject("terminated_on", LocalDate.class), rs.getLong("version")));
        if (plans.isEmpty()) {
            return Optional.empty();
        }
        PlanRow plan = plans.getFirst();
        Map<Integer, List<SubsidyAllocation>> splits = new HashMap<>();
        jdbc.query("select * from multi_year_plan_year_split where head_agreement_id = :head order by rank, position",
                Map.of("head", head), rs -> {
                    splits.computeIfAbsent(rs.getInt("rank"), r -> new ArrayList<>()).add(SubsidyAllocation.of(
                            BudgetLineId.of(rs.getString("budget_line_id")), rs.getString("label"), new Amount(rs.getBigDecimal("amount"))));
                });
        List<PlannedYear> years = jdbc.query("select * from multi_year_plan_year where head_agreement_id = :head order by rank",
                Map.of("head", head), (rs, n) -> {
                    int rank = rs.getInt("rank");
                    LocalDate confirmedOn = rs.getObject("confirmed_on", LocalDate.class);
                    YearConfirmation confirmation = confirmedOn == null ? null : new YearConfirmation(confirmedOn,
                            ConfirmationKind.valueOf(rs.getString("confirmation_kind")), AgreementId.of(rs.getString("award_agreement_id")));
                    Amount amount = new Amount(rs.getBigDecimal("amount"));
                    return new PlannedYear(rank, BudgetYear.of(rs.getInt("budget_year")), new Subsidy(amount, splits.getOrDefault(rank, List.of())),
                            PlannedYearStatus.valueOf(rs.getString("status")), confirmation);
                });
        return Optional.of(Versioned.of(MultiYearPlan.rehydrate(AgreementId.of(head.toString()), BudgetYear.of(plan.firstYear()),
                new Amount(plan.firstAmount()), SettlementMode.valueOf(plan.mode()), years, plan.terminatedOn()), plan.version()));
    }

    /** Audited: the settlement mode, each year's amount, status and confirmation, the termination. */
    static Map<String, String> auditedFields(MultiYearPlan plan) {
        AuditedFields fields = new AuditedFields();
        fields.put("firstYear", plan.firstYear().value() + " " + plan.firstYearAmount().value().toPlainString());
        fields.put("settlementMode", plan.settlementMode().name());
        for (PlannedYear year : plan.laterYears()) {
            fields.put("year." + year.rank(), year.budgetYear().value() + " " + year.amount().value().toPlainString() + " " + year.status()
                    + year.confirmationIfAny().map(c -> " le " + c.confirmedOn() + " par " + c.kind() + " (" + c.awardId() + ")").orElse(""));
        }
        fields.put("terminatedOn", plan.terminatedOn().orElse(null));
        return fields.toMap();
    }
}
