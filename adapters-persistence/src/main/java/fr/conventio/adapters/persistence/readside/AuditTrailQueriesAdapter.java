package fr.conventio.adapters.persistence.readside;

import fr.conventio.adapters.persistence.support.VersionGuard;
import fr.conventio.application.reading.AuditChange;
import fr.conventio.application.reading.AuditEntry;
import fr.conventio.application.reading.AuditTrailQueries;
import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.domain.shared.AgreementId;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The audit trail of an agreement read from {@code audit_event} (index {@code audit_event_agreement_idx}):
 * the rows of the agreement and of everything attached to it (payments, obligations, recovery orders,
 * control file), and those of its beneficiary association and of the funder (their names, addresses,
 * representatives and signatories are part of what was agreed), paged in the database. The changes are unfolded by PostgreSQL ({@code jsonb_each}),
 * by field name. The kind of record is given in French ("Convention", "Versement"...).
 */
@Component
public class AuditTrailQueriesAdapter implements AuditTrailQueries {

    private static final String SELECT = """
            select e.id, e.occurred_at, e.actor, e.aggregate_type, e.aggregate_id, e.action,
                   c.fields, c.old_values, c.new_values
            from audit_event e
            left join lateral (select array_agg(key order by key) as fields,
                                      array_agg(value ->> 'old' order by key) as old_values,
                                      array_agg(value ->> 'new' order by key) as new_values
                               from jsonb_each(e.changes)) c on true
            where e.agreement_id = :agreementId
               or (e.aggregate_type = 'ASSOCIATION' and e.aggregate_id = (select association_id from agreement where id = :agreementId))
               or (e.aggregate_type = 'FUNDER' and e.aggregate_id = (select funder_id from agreement where id = :agreementId))
            """;

    private final NamedParameterJdbcTemplate jdbc;

    AuditTrailQueriesAdapter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Most recent first unless ascending; entries of one transaction in the order written (or its reverse). */
    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Page<AuditEntry> agreementHistory(AgreementId agreementId, PageRequest page) {
        String direction = page.ascending() ? "asc" : "desc";
        MapSqlParameterSource parameters = new MapSqlParameterSource("agreementId", agreementId.value())
                .addValue("limit", page.size())
                .addValue("offset", page.offset());
        var content = jdbc.query(SELECT + "order by e.occurred_at " + direction + ", e.id " + direction + "\nlimit :limit offset :offset",
                parameters, AuditTrailQueriesAdapter::toEntry);
        Long total = jdbc.queryForObject("select count(*) from audit_event e " + SELECT.substring(SELECT.indexOf("where e.agreement_id")),
                parameters, Long.class);
        return new Page<>(content, total == null ? 0 : total, page);
    }

    private static AuditEntry toEntry(ResultSet rs, int rowNumber) throws SQLException {
        Map<String, AuditChange> changes = new LinkedHashMap<>();
        String[] fields = strings(rs.getArray("fields"));
        String[] oldValues = strings(rs.getArray("old_values"));
        String[] newValues = strings(rs.getArray("new_values"));
        for (int i = 0; i < fields.length; i++) {
            changes.put(fields[i], new AuditChange(oldValues[i], newValues[i]));
        }
        return new AuditEntry(rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                typeName(rs.getString("aggregate_type")), rs.getString("aggregate_id"), rs.getString("action"), changes);
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    private static String typeName(String code) {
        String name = VersionGuard.Root.valueOf(code).frenchName();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
