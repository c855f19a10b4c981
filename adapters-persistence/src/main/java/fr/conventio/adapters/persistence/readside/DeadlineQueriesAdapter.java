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
 * The portfolio's deadlines, filtered, sorted, counted and paged by PostgreSQL: the open obligations
 * (neither accepted nor waived; index {@code obligation_open_due_date_idx}) and the N1 payment
 * deadlines of agreements with no recorded payment (index {@code agreement_control_payment_deadline_idx}).
 * Rule ids and French labels come from {@link ObligationType} as bound parameters; texts are compared
 * code point by code point ({@code collate "C"}), as Java compares strings.
 */
@Component
public class DeadlineQueriesAdapter implements DeadlineQueries {

    static final String FUNDER_PAYMENT_LABEL = "Versement de la subvention dans les " + PaymentDeadline.DAYS + " jours de la notification";

    private static final String DEADLINES = """
            select 'OBLIGATION' as kind, a.id as agreement_id, a.reference, s.name as association_name, o.id as obligation_id,
                   t.rule_id, t.label, o.due_date
            from obligation o
            join obligation_type_label t on t.type = o.type
            join agreement a on a.id = o.agreement_id
            join association s on s.id = a.association_id
            where o.status not in ('ACCEPTED', 'WAIVED') and o.due_date <= :dueUpTo
            union all
            select 'FUNDER_PAYMENT', a.id, a.reference, s.name, null, 'N1', :funderPaymentLabel, c.payment_deadline_due_by
            from agreement_control c
            join agreement a on a.id = c.agreement_id
            join association s on s.id = a.association_id
            where c.payment_deadline_due_by <= :dueUpTo
              and not exists (select 1 from payment p where p.agreement_id = c.agreement_id and p.status = 'RECORDED')""";

    private final NamedParameterJdbcTemplate jdbc;
    private final String labels;
    private final MapSqlParameterSource labelParameters = new MapSqlParameterSource();

    DeadlineQueriesAdapter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        List<String> rows = new ArrayList<>();
        for (ObligationType type : ObligationType.values()) {
            int i = type.ordinal();
            rows.add("(:type" + i + ", :rule" + i + ", :label" + i + ")");
            labelParameters.addValue("type" + i, type.name()).addValue("rule" + i, type.ruleId()).addValue("label" + i, type.label());
        }
        this.labels = "with obligation_type_label (type, rule_id, label) as (values " + String.join(", ", rows) + ")\n";
    }

    /** One page; the count and the page come from the same snapshot of the database. */
    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Page<Deadline> deadlines(LocalDate today, LocalDate dueUpTo, PageRequest page) {
        MapSqlParameterSource parameters = new MapSqlParameterSource(labelParameters.getValues())
                .addValue("dueUpTo", dueUpTo)
                .addValue("funderPaymentLabel", FUNDER_PAYMENT_LABEL)
                .addValue("limit", page.size())
                .addValue("offset", page.offset());
        List<Deadline> content = jdbc.query(labels + "select * from (" + DEADLINES + ") d\n"
                        + "order by d.due_date, d.reference collate \"C\", d.label collate \"C\", d.obligation_id nulls first\n"
                        + "limit :limit offset :offset",
                parameters, (rs, n) -> toDeadline(rs, today));
        Long total = jdbc.queryForObject(labels + "select count(*) from (" + DEADLINES + ") d", parameters, Long.class);
        return new Page<>(content, total == null ? 0 : total, page);
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
