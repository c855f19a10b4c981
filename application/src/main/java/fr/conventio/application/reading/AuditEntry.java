package fr.conventio.application.reading;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One line of the audit trail (read model): who did what, when, on which record, and the fields it
 * changed (field name → old and new value, in the order recorded).
 *
 * @param aggregateType the kind of record, e.g. "Convention", "Versement", "Obligation"
 * @param action        what was done, e.g. "SIGN", "RECORD_PAYMENT"
 */
public record AuditEntry(Instant occurredAt, String actor, String aggregateType, String aggregateId, String action,
                         Map<String, AuditChange> changes) {

    public AuditEntry {
        Objects.requireNonNull(occurredAt, "date de l'action absente");
        changes = changes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }
}
