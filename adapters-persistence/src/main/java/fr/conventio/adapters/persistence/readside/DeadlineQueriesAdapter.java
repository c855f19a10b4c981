package fr.conventio.adapters.persistence.readside;

import fr.conventio.application.dashboard.Deadline;
import fr.conventio.application.dashboard.DeadlineKind;
import fr.conventio.application.dashboard.DeadlineQueries;
import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.payment.PaymentDeadline;
import fr.conventio.domain.shared.AgreementId;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The portfolio's deadlines, filtered, sorted, counted and paged by one PostgreSQL query: the open
 * obligations (neither accepted nor waived; index {@code obligation_open_due_date_idx}) and the N1 payment
 * deadlines (index {@code agreement_control_payment_deadline_idx}) of agreements whose stored account shows
 * nothing paid ({@code agreement_account.paid}); agreements terminated or closed (the stage of their account)
 * are left out, and so is an agreement whose account is not stored yet. The page, the total and the number of
 * overdue deadlines come from the same rows ({@code count(*) over ()} and
 * {@code count(*) filter (where due_date < :today) over ()}): the union is evaluated once.
 * Rule ids and French labels come from {@link ObligationType} as bound parameters; texts are compared
 * code point by code point ({@code collate "C"}), as Java compares strings.
 */
@Component
public class DeadlineQueriesAdapter implements DeadlineQueries {

    static final String FUNDER_PAYMENT_LABEL = "Versement de la subvention dans les " + PaymentDeadline.DAYS + " jours de la notification";

    private static final String DEADLINES = """
            deadline as (
                select 'OBLIGATION' as kind, o.agreement_id, o.id as obligation_id, t.rule_id, t.label, o.due_date
                from obligation o
                join obligation_type_label t on t.type = o.type
                join agreement_account ac on ac.agreement_id = o.agreement_id and ac.stage not in ('TERMINATED', 'CLOSED')
                where o.status not in ('ACCEPTED', 'WAIVED') and o.due_date <= :dueUpTo
                union all
                select 'FUNDER_PAYMENT', c.agreement_id, null, 'N1', :funderPaymentLabel, c.payment_deadline_due_by
                from agreement_control c
                join agreement_account ac on ac.agreement_id = c.agreement_id and ac.stage not in ('TERMINATED', 'CLOSED')
                where c.payment_deadline_due_by <= :dueUpTo and ac.paid = 0)
            select d.kind, d.agreement_id, a.reference, s.name as association_name, d.obligation_id, d.rule_id, d.label, d.due_date,
                   count(*) over () as total, count(*) filter (where d.due_date < :today) over () as overdue
            from deadline d
            join agreement a on a.id = d.agreement_id
            join association s on s.id = a.association_id
            order by d.due_date, a.reference collate "C", d.label collate "C", d.obligation_id nulls first
            limit :limit offset :offset""";

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
                .addValue("funderPaymentLabel", FUNDER_PAYMENT_LABEL);
        return ReadSidePages.query(jdbc, sql, parameters, page, (rs, n) -> toDeadline(rs, today), "total", "overdue");
    }

    /** Overdue when the due date has passed: an open obligation (O11), or N1 with nothing paid. */
    private static Deadline toDeadline(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate dueDate = rs.getObject("due_date", LocalDate.class);
        UUID obligationId = rs.getObject("obligation_id", UUID.class);
        return new Deadline(DeadlineKind.valueOf(rs.getString("kind")), new AgreementId(rs.getObject("agreement_id", UUID.class)),
                rs.getString("reference"), rs.getString("association_name"),
                obligationId == null ? null : new ObligationId(obligationId), rs.getString("rule_id"), rs.getString("label"),
                dueDate, today.isAfter(dueDate));
    }
}
