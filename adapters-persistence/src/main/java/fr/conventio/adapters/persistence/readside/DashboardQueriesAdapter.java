package fr.conventio.adapters.persistence.readside;

import fr.conventio.application.dashboard.AgreementAwaitingDecision;
import fr.conventio.application.dashboard.AwaitedDecision;
import fr.conventio.application.dashboard.DashboardQueries;
import fr.conventio.application.dashboard.PaymentToMake;
import fr.conventio.application.dashboard.RecoveryOrderToCollect;
import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.domain.account.AgreementStage;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.settlement.RecoveryOrderId;
import fr.conventio.domain.settlement.RecoveryOrderNumber;
import fr.conventio.domain.shared.AgreementId;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The dashboard's lists, each selected, counted and paged by one PostgreSQL query on the figures the
 * agreements' accounts stored ({@code agreement_account}, see
 * {@link fr.conventio.application.port.out.AgreementAccountRepository}): the amounts are columns of the
 * projection, no rule is computed here. An agreement whose account is not stored yet is not listed.
 * <ul>
 *   <li>payments to make: {@code advance_available} (ADVANCE) and {@code balance_payable} (BALANCE) when not
 *       zero (partial index {@code agreement_account_payment_to_make_idx});</li>
 *   <li>awaiting a decision: the stage for APPROVAL (DRAFT), SIGNATURE (APPROVED) and SUSPENSION (SUSPENDED)
 *       with the voted subsidy; {@code outstanding} when not zero (RECOVERY_ORDER, closed files excepted);
 *       {@code closable} (CLOSURE) with the adjusted subsidy;</li>
 *   <li>recovery orders to collect: the ISSUED orders, with the {@code remaining_due} their adapter stored
 *       (partial index {@code recovery_order_to_collect_idx}), whatever the agreement's stage.</li>
 * </ul>
 * Enum orders (decision, kind) come from the Java enums; references sort code point by code point
 * ({@code collate "C"}, index {@code agreement_reference_c_idx}), as Java compares strings.
 *
 * <p>What it costs (docs/performance.md): each query reads its page in order from an index (the agreements by
 * reference, the orders by issue date), each candidate checked on the account's primary key or partial index, and
 * stops at the page; its count comes from the narrow partial indexes of the projection, in the same statement
 * ({@code counted}, joined to the page {@code on true}), instead of a {@code count(*) over ()} that would carry every
 * candidate through the joins and the sort.
 */
@Component
public class DashboardQueriesAdapter implements DashboardQueries {

    private static final String KIND_ORDER = ReadSidePages.order(PaymentKind.values(), "k.kind");

    private static final String PAYMENTS_TO_MAKE = """
            with counted as (
                select count(*) filter (where advance_available > 0) + count(*) filter (where balance_payable > 0) as total
                from agreement_account
                where advance_available > 0 or balance_payable > 0),
            page as (
                select k.kind, a.id, a.reference, a.association_id, a.budget_year, k.amount, %1$s as kind_order
                from agreement a
                join agreement_account ac on ac.agreement_id = a.id
                cross join lateral (values ('ADVANCE', ac.advance_available), ('BALANCE', ac.balance_payable)) k (kind, amount)
                where (ac.advance_available > 0 or ac.balance_payable > 0) and k.amount > 0
                order by a.reference collate "C", %1$s, a.id
                limit :limit offset :offset)
            select p.kind, p.id, p.reference, s.name as association_name, p.budget_year, p.amount, c.total
            from counted c
            left join page p on true
            left join association s on s.id = p.association_id
            order by p.reference collate "C", p.kind_order, p.id""".formatted(KIND_ORDER);

    /** One branch per decision, each its first (offset + limit) agreements by reference. */
    private static final String AWAITING_BRANCH = """
                    (select %d as decision_order, '%s' as decision, a.id, a.reference, a.association_id, a.budget_year, ac.stage,
                            %s as amount
                     from agreement a
                     join agreement_account ac on ac.agreement_id = a.id
                     where %s
                     order by a.reference collate "C", a.id
                     limit :last)""";

    private static final Map<AwaitedDecision, String[]> AWAITED = Map.of(
            AwaitedDecision.APPROVAL, new String[] {"ac.voted_subsidy", "ac.stage = 'DRAFT'"},
            AwaitedDecision.SIGNATURE, new String[] {"ac.voted_subsidy", "ac.stage = 'APPROVED'"},
            AwaitedDecision.RECOVERY_ORDER, new String[] {"ac.outstanding", "ac.outstanding > 0 and ac.stage <> 'CLOSED'"},
            AwaitedDecision.SUSPENSION, new String[] {"ac.voted_subsidy", "ac.stage = 'SUSPENDED'"},
            AwaitedDecision.CLOSURE, new String[] {"ac.adjusted_subsidy", "ac.closable"});

    private static final String AWAITING_DECISION = """
            with counted as (
                select %s as total),
            page as (
                select c.*
                from (%s) c
                order by c.decision_order, c.reference collate "C", c.id
                limit :limit offset :offset)
            select p.decision, p.amount, p.stage, p.id, p.reference, s.name as association_name, p.budget_year, c.total
            from counted c
            left join page p on true
            left join association s on s.id = p.association_id
            order by p.decision_order, p.reference collate "C", p.id""".formatted(
            Arrays.stream(AwaitedDecision.values()).map(d -> "(select count(*) from agreement_account ac where " + AWAITED.get(d)[1] + ")")
                    .collect(Collectors.joining("\n                       + ")),
            Arrays.stream(AwaitedDecision.values()).map(d -> AWAITING_BRANCH.formatted(d.ordinal(), d.name(), AWAITED.get(d)[0],
                    AWAITED.get(d)[1])).collect(Collectors.joining("\n                    union all\n")));

    private static final String ORDERS_TO_COLLECT = """
            with counted as (
                select count(*) as total
                from recovery_order r
                where r.status = 'ISSUED' and r.remaining_due > 0
                  and (select true from agreement_account ac where ac.agreement_id = r.agreement_id)),
            page as (
                select r.id, r.number_year, r.number_sequence, r.ground, r.amount, r.remaining_due, r.issued_on, r.agreement_id, ac.stage
                from recovery_order r
                join agreement_account ac on ac.agreement_id = r.agreement_id
                where r.status = 'ISSUED' and r.remaining_due > 0
                order by r.issued_on, r.number_year, r.number_sequence, r.id
                limit :limit offset :offset)
            select p.id, p.number_year, p.number_sequence, p.ground, p.amount, p.remaining_due, p.issued_on, p.agreement_id, p.stage,
                   a.reference, s.name as association_name, c.total
            from counted c
            left join page p on true
            left join agreement a on a.id = p.agreement_id
            left join association s on s.id = a.association_id
            order by p.issued_on, p.number_year, p.number_sequence, p.id""";

    private final NamedParameterJdbcTemplate jdbc;

    DashboardQueriesAdapter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Page<PaymentToMake> paymentsToMake(PageRequest page) {
        return ReadSidePages.countedPage(jdbc, PAYMENTS_TO_MAKE, new MapSqlParameterSource(), page, "kind", (rs, n) -> new PaymentToMake(
                PaymentKind.valueOf(rs.getString("kind")), new AgreementId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                rs.getString("association_name"), rs.getInt("budget_year"), ReadSidePages.amount(rs, "amount")));
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Page<AgreementAwaitingDecision> agreementsAwaitingDecision(PageRequest page) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("last", page.offset() + page.size());
        return ReadSidePages.countedPage(jdbc, AWAITING_DECISION, parameters, page, "decision", (rs, n) -> new AgreementAwaitingDecision(
                AwaitedDecision.valueOf(rs.getString("decision")), new AgreementId(rs.getObject("id", UUID.class)),
                rs.getString("reference"), rs.getString("association_name"), rs.getInt("budget_year"),
                AgreementStage.valueOf(rs.getString("stage")), ReadSidePages.amount(rs, "amount")));
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Page<RecoveryOrderToCollect> recoveryOrdersToCollect(PageRequest page) {
        return ReadSidePages.countedPage(jdbc, ORDERS_TO_COLLECT, new MapSqlParameterSource(), page, "id", (rs, n) -> new RecoveryOrderToCollect(
                new RecoveryOrderId(rs.getObject("id", UUID.class)),
                RecoveryOrderNumber.of(rs.getInt("number_year"), rs.getInt("number_sequence")),
                new AgreementId(rs.getObject("agreement_id", UUID.class)), rs.getString("reference"), rs.getString("association_name"),
                AgreementStage.valueOf(rs.getString("stage")), RecoveryGround.valueOf(rs.getString("ground")),
                ReadSidePages.amount(rs, "amount"), ReadSidePages.amount(rs, "remaining_due"), rs.getObject("issued_on", LocalDate.class)));
    }
}
