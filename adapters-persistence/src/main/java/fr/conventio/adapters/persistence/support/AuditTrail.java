package fr.conventio.adapters.persistence.support;

import fr.conventio.application.port.out.CurrentUserPort;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Writes the audit trail ({@code audit_event}): one row per aggregate save, in the caller's
 * transaction, with the acting user from the {@link CurrentUserPort} and the audited fields that
 * changed (old and new values as text, {@code null} when absent); a deletion leaves a DELETE row with the
 * old values (V17). Inserts only: there is no update or delete of the trail anywhere in the code, and the
 * database refuses both (V3).
 */
@Component
public class AuditTrail {

    /** A field's value before and after the save. */
    public record Change(String oldValue, String newValue) {
    }

    private static final String INSERT = """
            insert into audit_event (actor, aggregate_type, aggregate_id, agreement_id, action, version, changes)
            values (:actor, :aggregateType, :aggregateId, :agreementId, :action, :version, cast(:changes as jsonb))""";

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUserPort currentUser;

    public AuditTrail(NamedParameterJdbcTemplate jdbc, CurrentUserPort currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /**
     * Records a save: {@code before} is empty for an insert.
     *
     * @param agreementId the agreement the aggregate belongs to, {@code null} for parties and budget lines
     */
    public void record(VersionGuard.Root root, UUID aggregateId, UUID agreementId, boolean insert, Long version,
                Map<String, String> before, Map<String, String> after) {
        write(root, aggregateId, agreementId, insert ? "INSERT" : "UPDATE", version, before, after);
    }

    /**
     * Records a deletion (action DELETE): the audited fields of the deleted aggregate as their old values, the
     * version it was deleted at.
     */
    public void recordDeletion(VersionGuard.Root root, UUID aggregateId, UUID agreementId, Long version, Map<String, String> before) {
        write(root, aggregateId, agreementId, "DELETE", version, before, Map.of());
    }

    private void write(VersionGuard.Root root, UUID aggregateId, UUID agreementId, String action, Long version,
                       Map<String, String> before, Map<String, String> after) {
        String actor = currentUser.currentUser();
        if (actor == null || actor.isBlank()) {
            throw new IllegalStateException("journal d'audit : utilisateur courant inconnu, enregistrement refusé");
        }
        jdbc.update(INSERT, new MapSqlParameterSource()
                .addValue("actor", actor)
                .addValue("aggregateType", root.name())
                .addValue("aggregateId", aggregateId)
                .addValue("agreementId", agreementId)
                .addValue("action", action)
                .addValue("version", version)
                .addValue("changes", toJson(diff(before, after))));
    }

    /** The fields whose value differs, in the order of {@code after} then the fields that disappeared. */
    public static Map<String, Change> diff(Map<String, String> before, Map<String, String> after) {
        Set<String> keys = new LinkedHashSet<>(after.keySet());
        keys.addAll(before.keySet());
        Map<String, Change> changes = new LinkedHashMap<>();
        for (String key : keys) {
            String oldValue = before.get(key);
            String newValue = after.get(key);
            if (!Objects.equals(oldValue, newValue)) {
                changes.put(key, new Change(oldValue, newValue));
            }
        }
        return changes;
    }

    /** {@code {"field": {"old": ..., "new": ...}}}, strings escaped as JSON (RFC 8259) requires. */
    public static String toJson(Map<String, Change> changes) {
        StringBuilder json = new StringBuilder("{");
        changes.forEach((field, change) -> {
            if (json.length() > 1) {
                json.append(", ");
            }
            appendString(json, field);
            json.append(": {\"old\": ");
            appendString(json, change.oldValue());
            json.append(", \"new\": ");
            appendString(json, change.newValue());
            json.append('}');
        });
        return json.append('}').toString();
    }

    private static void appendString(StringBuilder json, String value) {
        if (value == null) {
            json.append("null");
            return;
        }
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
