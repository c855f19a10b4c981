package fr.conventio.adapters.persistence.readside;

import fr.conventio.application.dashboard.AgreementAwaitingDecision;
import fr.conventio.application.dashboard.AwaitedDecision;
import fr.conventio.application.dashboard.DashboardQueries;
import fr.conventio.application.dashboard.PaymentToMake;
import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.obligation.BalanceDocuments;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.shared.AgreementId;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The dashboard's lists, each computed, counted ({@code count(*) over ()}) and paged by one PostgreSQL
 * query. The figures of an agreement are those of {@code AgreementFile}, in SQL, per candidate agreement
 * (lateral subqueries on the agreement's own rows, all reached by an index on {@code agreement_id}):
 * <ul>
 *   <li>voted subsidy: {@code agreement_terms.subsidy_amount} of the terms in force
 *       ({@code version_number = agreement.terms_version});</li>
 *   <li>advance cap (V1): voted × advance rate / 100, rounded half-up to the cent ({@code round(x, 2)}
 *       on a positive numeric, as {@code Amount.percent});</li>
 *   <li>paid: the line charges of the RECORDED payments (a payment's amount is the sum of its charges),
 *       in all and for the advances;</li>
 *   <li>subsidy in force: voted − (A3 REDUCE_SUBSIDY and DEMAND_REPAYMENT amounts + N2 amounts
 *       withdrawn), floored at zero;</li>
 *   <li>owed back by decisions: A3 {@code amountToRecover} (a reduction: what was paid before beyond the
 *       subsidy after, floored at zero; a repayment: its amount) + N2 amounts to recover;</li>
 *   <li>overpayment claimed: OVERPAYMENT recovery orders not CANCELLED.</li>
 * </ul>
 * Every amount stays {@code numeric}; {@code greatest(…, 0)} plays {@code minusOrZero}. Enum orders
 * (decision, kind) come from the Java enums; references sort code point by code point
 * ({@code collate "C"}), as Java compares strings.
 */
@Component
public class DashboardQueriesAdapter implements DashboardQueries {

    /** What is paid on an agreement (RECORDED payments only), and whether its balance is. */
    private static final String PAID = """
            cross join lateral (
                select coalesce(sum(ch.amount), 0) as total,
                       coalesce(sum(ch.amount) filter (where p.kind = 'ADVANCE'), 0) as advances,
                       coalesce(bool_or(p.kind = 'BALANCE'), false) as balance_recorded
                from payment p
                join payment_line_charge ch on ch.payment_id = p.id
                where p.agreement_id = a.id and p.status = 'RECORDED') paid
            """;

    /** The control file's reductions of the subsidy (A3, N2) and what its decisions make the association owe back. */
    private static final String CONTROL = """
            cross join lateral (
                select coalesce(sum(d.amount), 0) as reductions,
                       coalesce(sum(case d.kind when 'DEMAND_REPAYMENT' then d.amount
                                    else greatest(d.paid_before - (d.subsidy_before - d.amount), 0) end), 0) as owed_back
                from agreement_control_funding_decision d
                where d.agreement_id = a.id and d.kind in ('REDUCE_SUBSIDY', 'DEMAND_REPAYMENT')) decided
            cross join lateral (
                select coalesce(sum(b.amount_withdrawn), 0) as reductions,
                       coalesce(sum(b.amount_to_recover), 0) as owed_back
                from agreement_control_republican_breach b
                where b.agreement_id = a.id) breach
            """;

    private static final String AGREEMENT = """
            from agreement a
            join association s on s.id = a.association_id
            join agreement_terms t on t.agreement_id = a.id and t.version_number = a.terms_version
            """;

    private static final String PAYMENTS_TO_MAKE = """
            with figures as (
                select a.id, a.reference, s.name as association_name, a.budget_year, a.status,
                       a.settlement_final_subsidy as final_subsidy,
                       round(t.subsidy_amount * t.advance_rate / 100, 2) as advance_cap,
                       greatest(t.subsidy_amount - decided.reductions - breach.reductions, 0) as in_force,
                       paid.total as paid, paid.advances as paid_advances, paid.balance_recorded
                """ + AGREEMENT + PAID + CONTROL + """
                where a.status in ('SIGNED', 'SETTLED')),
            candidates as (
                select f.*, 'ADVANCE' as kind,
                       least(greatest(f.advance_cap - f.paid_advances, 0), greatest(f.in_force - f.paid, 0)) as amount
                from figures f
                where f.status = 'SIGNED'
                union all
                select f.*, 'BALANCE',
                       greatest(least(f.final_subsidy, f.in_force) - f.paid, 0)
                from figures f
                where f.status = 'SETTLED' and not f.balance_recorded
                  and (select count(distinct o.type) = :balanceDocumentCount and bool_and(o.status in ('ACCEPTED', 'WAIVED'))
                       from obligation o
                       where o.agreement_id = f.id and o.type in (:balanceDocumentTypes)))
            select c.*, count(*) over () as total
            from candidates c
            where c.amount > 0
            order by c.reference collate "C", %s, c.id
            limit :limit offset :offset""".formatted(order(PaymentKind.values(), "c.kind"));

    private static final String AWAITING_DECISION = """
            with overpaid as (
                select a.id, greatest(paid.total - decided.owed_back - breach.owed_back, 0) as kept,
                       a.settlement_final_subsidy as final_subsidy,
                       (select coalesce(sum(r.amount), 0) from recovery_order r
                        where r.agreement_id = a.id and r.ground = 'OVERPAYMENT' and r.status <> 'CANCELLED') as claimed
                from agreement a
                """ + PAID + CONTROL + """
                where a.status = 'SETTLED'),
            candidates as (
                select case a.status when 'DRAFT' then 'APPROVAL' when 'APPROVED' then 'SIGNATURE' else 'SUSPENSION' end as decision,
                       a.id, t.subsidy_amount as amount
                from agreement a
                join agreement_terms t on t.agreement_id = a.id and t.version_number = a.terms_version
                where a.status in ('DRAFT', 'APPROVED', 'SUSPENDED')
                union all
                select 'OVERPAYMENT_RECOVERY', o.id, greatest(greatest(o.kept - o.final_subsidy, 0) - o.claimed, 0)
                from overpaid o)
            select c.decision, c.amount, a.id, a.reference, s.name as association_name, a.budget_year, a.status,
                   count(*) over () as total
            from candidates c
            join agreement a on a.id = c.id
            join association s on s.id = a.association_id
            where c.amount > 0
            order by %s, a.reference collate "C", a.id
            limit :limit offset :offset""".formatted(order(AwaitedDecision.values(), "c.decision"));

    private static final MapSqlParameterSource BALANCE_DOCUMENTS = new MapSqlParameterSource()
            .addValue("balanceDocumentCount", BalanceDocuments.TYPES.size())
            .addValue("balanceDocumentTypes", BalanceDocuments.TYPES.stream().map(ObligationType::name).toList());

    private final NamedParameterJdbcTemplate jdbc;

    DashboardQueriesAdapter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Page<PaymentToMake> paymentsToMake(PageRequest page) {
        return page(PAYMENTS_TO_MAKE, new MapSqlParameterSource(BALANCE_DOCUMENTS.getValues()), page, (rs, n) -> new PaymentToMake(
                PaymentKind.valueOf(rs.getString("kind")), new AgreementId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                rs.getString("association_name"), rs.getInt("budget_year"), BudgetConsumptionQueriesAdapter.amount(rs, "amount")));
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Page<AgreementAwaitingDecision> agreementsAwaitingDecision(PageRequest page) {
        return page(AWAITING_DECISION, new MapSqlParameterSource(), page, (rs, n) -> new AgreementAwaitingDecision(
                AwaitedDecision.valueOf(rs.getString("decision")), new AgreementId(rs.getObject("id", UUID.class)),
                rs.getString("reference"), rs.getString("association_name"), rs.getInt("budget_year"),
                AgreementStatus.valueOf(rs.getString("status")), BudgetConsumptionQueriesAdapter.amount(rs, "amount")));
    }

    /**
     * One query: the page and, on each row, the total. A page past the end has no row to carry the
     * total: the first page (size 1) is then asked for it, in the same snapshot.
     */
    private <T> Page<T> page(String sql, MapSqlParameterSource parameters, PageRequest page, RowMapper<T> mapper) {
        long[] total = {0};
        List<T> content = new ArrayList<>(jdbc.query(sql, parameters.addValue("limit", page.size()).addValue("offset", page.offset()),
                (rs, n) -> {
                    total[0] = rs.getLong("total");
                    return mapper.mapRow(rs, n);
                }));
        if (content.isEmpty() && page.offset() > 0) {
            List<Long> totals = jdbc.queryForList("select total from (" + sql + ") q",
                    parameters.addValue("limit", 1).addValue("offset", 0), Long.class);
            total[0] = totals.isEmpty() ? 0 : totals.getFirst();
        }
        return new Page<>(content, total[0], page);
    }

    /** The position of {@code column} in the enum's order, for sorting as Java compares enums. */
    private static String order(Enum<?>[] values, String column) {
        return Arrays.stream(values).map(value -> "'" + value.name() + "'")
                .collect(Collectors.joining(", ", "array_position(array[", "]::text[], " + column + ")"));
    }
}
