package fr.conventio.adapters.persistence.readside;

import fr.conventio.application.dashboard.Deadline;
import fr.conventio.application.dashboard.DeadlineKind;
import fr.conventio.application.dashboard.DeadlineQueries;
import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.domain.account.InstalmentDeadline;
import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.payment.PaymentDeadline;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The portfolio's deadlines, filtered, sorted, counted and paged by one PostgreSQL query: the open
 * obligations (neither accepted nor waived), the N1 payment deadlines of agreements whose stored account
 * shows nothing paid ({@code agreement_account.paid}) and the instalments to pay by a known date that the account
 * stored with its figures ({@code agreement_instalment_deadline}, V5/N1, read by
 * {@code agreement_instalment_deadline_due_by_idx}); agreements terminated or closed (the stage of their account) are left out, and so is an agreement whose account is not stored yet. Rule ids and French labels
 * come from {@link ObligationType} as bound parameters; texts are compared code point by code point
 * ({@code collate "C"}), as Java compares strings.
 *
 * <p>What it costs (docs/performance.md): a page, not the portfolio.
 * <ul>
 *   <li>The page: the due date of the last row of the page is found first in each branch, in due-date order
 *       ({@code obligation_open_due_date_idx}, {@code agreement_control_payment_deadline_idx}, each row checked
 *       against {@code agreement_account_in_progress_idx}); only the deadlines due up to the earlier of the two
 *       are then joined to their agreement and sorted (the joins are parameterised lookups, {@code offset 0}
 *       keeps the planner from turning them into joins of the whole tables).</li>
 *   <li>The counts: the open obligations of the files in progress are the sum of the {@code open_obligations}
 *       their accounts stored ({@code agreement_account_open_obligations_idx}), less those due after the limit;
 *       the overdue ones, less those due from today up to the limit: only the obligations due from today (or from
 *       the day after the limit, if earlier) are read, not the past. The N1 deadlines are counted directly (one per
 *       agreement at most), and so are the instalment deadlines (a few per agreement paid by instalments; not
 *       re-measured in docs/performance.md).</li>
 * </ul>
 */
@Component
public class DeadlineQueriesAdapter implements DeadlineQueries {

    static final String FUNDER_PAYMENT_LABEL = "Versement de la subvention dans les " + PaymentDeadline.DAYS + " jours de la notification";
    /** How the label of an instalment starts, before its number (« Versement échelonné n° 2 : 32 000,00 € »). */
    static final String INSTALMENT_LABEL_START = InstalmentDeadline.LABEL_START;

    private static final String DEADLINES = """
            open_obligation as not materialized (
                select o.due_date, o.agreement_id, o.id as obligation_id, o.type
                from obligation o
                join agreement_account ac on ac.agreement_id = o.agreement_id and ac.stage not in ('TERMINATED', 'CLOSED')
                where o.status not in ('ACCEPTED', 'WAIVED') and o.due_date <= :dueUpTo),
            unpaid as not materialized (
                select c.payment_deadline_due_by as due_date, c.agreement_id, c.version
                from agreement_control c
                join agreement_account ac on ac.agreement_id = c.agreement_id and ac.stage not in ('TERMINATED', 'CLOSED')
                                          and ac.paid = 0
                where c.payment_deadline_due_by <= :dueUpTo),
            instalment as not materialized (
                select i.due_by as due_date, i.agreement_id, i.number, i.amount
                from agreement_instalment_deadline i
                join agreement_account ac on ac.agreement_id = i.agreement_id and ac.stage not in ('TERMINATED', 'CLOSED')
                where i.due_by <= :dueUpTo),
            cutoff (due_date) as (
                -- dates, not money: the page lies within the first (offset + limit) deadlines of each branch
                select coalesce(least((select due_date from open_obligation order by due_date offset :last limit 1),
                                      (select due_date from unpaid order by due_date offset :last limit 1),
                                      (select due_date from instalment order by due_date offset :last limit 1)), :dueUpTo)),
            page as (
                select d.kind, d.due_date, d.agreement_id, d.obligation_id, coalesce(d.version, a.version) as version, a.reference,
                       a.association_id, d.number, d.amount, coalesce(t.rule_id, d.rule_id) as rule_id, coalesce(t.label, d.label) as label
                from (select 'OBLIGATION' as kind, o.due_date, o.agreement_id, o.id as obligation_id, o.type, o.version::bigint as version,
                             null::integer as number, null::numeric as amount, null::text as rule_id, null::text as label
                      from obligation o
                      cross join lateral (select 1 from agreement_account ac where ac.agreement_id = o.agreement_id
                                          and ac.stage not in ('TERMINATED', 'CLOSED') offset 0) in_progress
                      where o.status not in ('ACCEPTED', 'WAIVED') and o.due_date <= (select due_date from cutoff)
                      union all
                      select 'FUNDER_PAYMENT', u.due_date, u.agreement_id, null, null, u.version, null, null, 'N1', :funderPaymentLabel
                      from unpaid u
                      where u.due_date <= (select due_date from cutoff)
                      union all
                      -- sorted on « Versement échelonné n° 2 », the label's start: the amount follows in the label
                      -- an instalment's revision is the agreement's version (coalesce above): its date moves with the terms
                      select 'FUNDER_INSTALMENT', i.due_date, i.agreement_id, null, null, null, i.number, i.amount, 'V5',
                             :instalmentLabel || i.number
                      from instalment i
                      where i.due_date <= (select due_date from cutoff)) d
                cross join lateral (select a.reference, a.association_id, a.version from agreement a where a.id = d.agreement_id offset 0) a
                left join obligation_type_label t on t.type = d.type
                order by d.due_date, a.reference collate "C", coalesce(t.label, d.label) collate "C", d.obligation_id nulls first
                limit :limit offset :offset),
            counted as (
                select o.open - l.after_limit + f.due + i.due as total,
                       o.open - l.after_limit - l.not_yet_due + f.overdue + i.overdue as overdue
                from (select coalesce(sum(open_obligations), 0) as open
                      from agreement_account
                      where stage not in ('TERMINATED', 'CLOSED') and open_obligations > 0) o
                cross join (select count(*) filter (where o.due_date > :dueUpTo) as after_limit,
                                   count(*) filter (where o.due_date between :today and :dueUpTo) as not_yet_due
                            from obligation o
                            join agreement_account ac on ac.agreement_id = o.agreement_id and ac.stage not in ('TERMINATED', 'CLOSED')
                            -- dates: from today, or from the day after the limit when it is before today
                            where o.status not in ('ACCEPTED', 'WAIVED') and o.due_date >= least(:today, :dueUpTo + 1)) l
                cross join (select count(*) as due, count(*) filter (where due_date < :today) as overdue from unpaid) f
                cross join (select count(*) as due, count(*) filter (where due_date < :today) as overdue from instalment) i)
            select p.kind, p.agreement_id, p.reference, s.name as association_name, p.obligation_id, p.rule_id, p.label, p.due_date,
                   p.version, p.number, p.amount, c.total, c.overdue
            from counted c
            left join page p on true
            left join association s on s.id = p.association_id
            order by p.due_date, p.reference collate "C", p.label collate "C", p.obligation_id nulls first""";

    private final NamedParameterJdbcTemplate jdbc;
    private final String sql;
    private final MapSqlParameterSource labelParameters = new MapSqlParameterSource();

    DeadlineQueriesAdapter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        List<String> rows = new ArrayList<>();
        for (ObligationType type : ObligationType.values()) {
            int i = type.ordinal();
            rows.add("(:type" + i + ", :rule" + i + ", :label" + i + ")");
            labelParameters.addValue("type" + i, type.name()).addValue("rule" + i, type.ruleId()).addValue("label" + i, type.label());
        }
        this.sql = "with obligation_type_label (type, rule_id, label) as (values " + String.join(", ", rows) + "),\n" + DEADLINES;
    }

    /** One page; its total comes from the same query. */
    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Page<Deadline> deadlines(LocalDate today, LocalDate dueUpTo, PageRequest page) {
        return select(today, dueUpTo, page).page(page);
    }

    /** One query: the page, the total and the overdue count. */
    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public DueDeadlines dueDeadlines(LocalDate today, LocalDate dueUpTo, PageRequest page) {
        ReadSidePages.Counted<Deadline> selected = select(today, dueUpTo, page);
        return new DueDeadlines(selected.page(page), selected.counts()[1]);
    }

    private ReadSidePages.Counted<Deadline> select(LocalDate today, LocalDate dueUpTo, PageRequest page) {
        MapSqlParameterSource parameters = new MapSqlParameterSource(labelParameters.getValues())
                .addValue("today", today)
                .addValue("dueUpTo", dueUpTo)
                .addValue("funderPaymentLabel", FUNDER_PAYMENT_LABEL)
                .addValue("instalmentLabel", INSTALMENT_LABEL_START);
        parameters.addValue("last", page.offset() + page.size() - 1);
        return ReadSidePages.counted(jdbc, sql, parameters, page, "kind", (rs, n) -> toDeadline(rs, today), "total", "overdue");
    }

    /**
     * Overdue when the due date has passed: an open obligation (O11), N1 with nothing paid, an instalment not paid (V5/N1).
     * The revision is the version of the obligation, of the control file for N1, of the agreement for an instalment
     * (calendar feeds sequence their events with it).
     */
    private static Deadline toDeadline(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate dueDate = rs.getObject("due_date", LocalDate.class);
        UUID obligationId = rs.getObject("obligation_id", UUID.class);
        BigDecimal amount = rs.getBigDecimal("amount");
        Amount instalmentAmount = amount == null ? null : new Amount(amount);
        String label = instalmentAmount == null ? rs.getString("label") : InstalmentDeadline.label(rs.getInt("number"), instalmentAmount);
        return new Deadline(DeadlineKind.valueOf(rs.getString("kind")), new AgreementId(rs.getObject("agreement_id", UUID.class)),
                rs.getString("reference"), rs.getString("association_name"),
                obligationId == null ? null : new ObligationId(obligationId), rs.getString("rule_id"), label,
                dueDate, today.isAfter(dueDate), instalmentAmount,
                instalmentAmount == null ? null : rs.getInt("number"), rs.getLong("version"));
    }
}
