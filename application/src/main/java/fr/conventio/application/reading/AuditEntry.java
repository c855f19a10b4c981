package fr.conventio.application.reading;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One line of the audit trail (read model): who did what, when, on which record, and the fields it
 * changed (field name → old and new value, by field name: the storage keeps them as a JSON object).
 *
 * @param aggregateType the kind of record, e.g. "Convention", "Versement", "Obligation"
 * @param action        INSERT (the record was created) or UPDATE (it was saved again)
 */
public record AuditEntry(Instant occurredAt, String actor, String aggregateType, String aggregateId, String action,
                         Map<String, AuditChange> changes) {

    public AuditEntry {
        Objects.requireNonNull(occurredAt, "date de l'action absente");
        changes = changes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }
}
