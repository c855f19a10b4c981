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
import java.util.UUID;

/**
 * The dashboard's lists, each selected, counted ({@code count(*) over ()}) and paged by one PostgreSQL
 * query on the figures the agreements' accounts stored ({@code agreement_account}, see
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
 * ({@code collate "C"}), as Java compares strings.
 */
@Component
public class DashboardQueriesAdapter implements DashboardQueries {

    private static final String PAYMENTS_TO_MAKE = """
            select k.kind, a.id, a.reference, s.name as association_name, a.budget_year, k.amount, count(*) over () as total
            from agreement_account ac
            cross join lateral (values ('ADVANCE', ac.advance_available), ('BALANCE', ac.balance_payable)) k (kind, amount)
            join agreement a on a.id = ac.agreement_id
            join association s on s.id = a.association_id
            where (ac.advance_available > 0 or ac.balance_payable > 0) and k.amount > 0
            order by a.reference collate "C", %s, a.id
            limit :limit offset :offset""".formatted(ReadSidePages.order(PaymentKind.values(), "k.kind"));

    private static final String AWAITING_DECISION = """
            with candidates as (
                select case ac.stage when 'DRAFT' then 'APPROVAL' when 'APPROVED' then 'SIGNATURE' else 'SUSPENSION' end as decision,
                       ac.agreement_id, ac.stage, ac.voted_subsidy as amount
                from agreement_account ac
                where ac.stage in ('DRAFT', 'APPROVED', 'SUSPENDED')
                union all
                select 'RECOVERY_ORDER', ac.agreement_id, ac.stage, ac.outstanding
                from agreement_account ac
                where ac.outstanding > 0 and ac.stage <> 'CLOSED'
                union all
                select 'CLOSURE', ac.agreement_id, ac.stage, ac.adjusted_subsidy
                from agreement_account ac
                where ac.closable)
            select c.decision, c.amount, c.stage, a.id, a.reference, s.name as association_name, a.budget_year,
                   count(*) over () as total
            from candidates c
            join agreement a on a.id = c.agreement_id
            join association s on s.id = a.association_id
            order by %s, a.reference collate "C", a.id
            limit :limit offset :offset""".formatted(ReadSidePages.order(AwaitedDecision.values(), "c.decision"));

    private static final String ORDERS_TO_COLLECT = """
            select r.id, r.number_year, r.number_sequence, r.ground, r.amount, r.remaining_due, r.issued_on,
                   a.id as agreement_id, a.reference, s.name as association_name, ac.stage, count(*) over () as total
            from recovery_order r
            join agreement_account ac on ac.agreement_id = r.agreement_id
            join agreement a on a.id = r.agreement_id
            join association s on s.id = a.association_id
            where r.status = 'ISSUED' and r.remaining_due > 0
            order by r.issued_on, r.number_year, r.number_sequence, r.id
            limit :limit offset :offset""";

    private final NamedParameterJdbcTemplate jdbc;

    DashboardQueriesAdapter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Page<PaymentToMake> paymentsToMake(PageRequest page) {
        return ReadSidePages.page(jdbc, PAYMENTS_TO_MAKE, new MapSqlParameterSource(), page, (rs, n) -> new PaymentToMake(
                PaymentKind.valueOf(rs.getString("kind")), new AgreementId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                rs.getString("association_name"), rs.getInt("budget_year"), ReadSidePages.amount(rs, "amount")));
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Page<AgreementAwaitingDecision> agreementsAwaitingDecision(PageRequest page) {
        return ReadSidePages.page(jdbc, AWAITING_DECISION, new MapSqlParameterSource(), page, (rs, n) -> new AgreementAwaitingDecision(
                AwaitedDecision.valueOf(rs.getString("decision")), new AgreementId(rs.getObject("id", UUID.class)),
                rs.getString("reference"), rs.getString("association_name"), rs.getInt("budget_year"),
                AgreementStage.valueOf(rs.getString("stage")), ReadSidePages.amount(rs, "amount")));
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Page<RecoveryOrderToCollect> recoveryOrdersToCollect(PageRequest page) {
        return ReadSidePages.page(jdbc, ORDERS_TO_COLLECT, new MapSqlParameterSource(), page, (rs, n) -> new RecoveryOrderToCollect(
                new RecoveryOrderId(rs.getObject("id", UUID.class)),
                RecoveryOrderNumber.of(rs.getInt("number_year"), rs.getInt("number_sequence")),
                new AgreementId(rs.getObject("agreement_id", UUID.class)), rs.getString("reference"), rs.getString("association_name"),
                AgreementStage.valueOf(rs.getString("stage")), RecoveryGround.valueOf(rs.getString("ground")),
                ReadSidePages.amount(rs, "amount"), ReadSidePages.amount(rs, "remaining_due"), rs.getObject("issued_on", LocalDate.class)));
    }
}
