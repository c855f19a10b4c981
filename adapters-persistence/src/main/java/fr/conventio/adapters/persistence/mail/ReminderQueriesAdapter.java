package fr.conventio.adapters.persistence.mail;

import fr.conventio.application.mail.ReminderCandidate;
import fr.conventio.application.mail.ReminderQueries;
import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.obligation.ObligationStatus;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.shared.AgreementId;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The obligations an association may be reminded of, by one query: expected or rejected, due in the window, of
 * agreements whose stored account is in progress (neither terminated nor closed), with the association's name
 * and contact e-mail. Bounded by the policy's window of due dates (a few weeks), on {@code obligation}'s due-date index.
 */
@Component
public class ReminderQueriesAdapter implements ReminderQueries {

    private final NamedParameterJdbcTemplate jdbc;

    ReminderQueriesAdapter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ReminderCandidate> openObligations(LocalDate dueFrom, LocalDate dueTo) {
        return jdbc.query("""
                        select o.id, o.agreement_id, o.type, o.due_date, o.status, a.reference, s.name, s.contact_email
                        from obligation o
                        join agreement_account ac on ac.agreement_id = o.agreement_id and ac.stage not in ('TERMINATED', 'CLOSED')
                        join agreement a on a.id = o.agreement_id
                        join association s on s.id = a.association_id
                        where o.status in ('PENDING', 'REJECTED') and o.due_date between :from and :to
                        order by o.due_date, a.reference collate "C", o.id
                        """, Map.of("from", dueFrom, "to", dueTo),
                (row, n) -> new ReminderCandidate(new AgreementId(row.getObject("agreement_id", UUID.class)), row.getString("reference"),
                        row.getString("name"), row.getString("contact_email"), new ObligationId(row.getObject("id", UUID.class)),
                        ObligationType.valueOf(row.getString("type")), row.getObject("due_date", LocalDate.class),
                        ObligationStatus.valueOf(row.getString("status"))));
    }
}
