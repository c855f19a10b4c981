package fr.conventio.adapters.persistence.contract;

import fr.conventio.adapters.persistence.PersistenceTestApplication;
import fr.conventio.adapters.persistence.TestDatabase;
import fr.conventio.adapters.persistence.readside.AuditTrailQueriesAdapter;
import fr.conventio.adapters.persistence.support.AuditTrail;
import fr.conventio.adapters.persistence.support.VersionGuard;
import fr.conventio.application.reading.AuditEntry;
import fr.conventio.application.reading.AuditTrailQueries;
import fr.conventio.domain.shared.AgreementId;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The contract on the PostgreSQL adapter. The entries are written as {@link AuditTrail} writes them with
 * each save (one {@code audit_event} row, the changes as JSON), at the instant the contract gives.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
class AuditTrailQueriesContractIT extends AuditTrailQueriesContract {

    @Autowired
    private AuditTrailQueriesAdapter adapter;
    @Autowired
    private TestDatabase database;

    @BeforeEach
    void emptyDatabase() {
        database.empty();
    }

    @Override
    protected AuditTrailQueries queries() {
        return adapter;
    }

    @Override
    protected void written(AgreementId agreementId, AuditEntry entry) {
        Map<String, AuditTrail.Change> changes = new LinkedHashMap<>();
        entry.changes().forEach((field, change) -> changes.put(field, new AuditTrail.Change(change.oldValue(), change.newValue())));
        database.jdbc().update("""
                        insert into audit_event (occurred_at, actor, aggregate_type, aggregate_id, agreement_id, action, changes)
                        values (?, ?, ?, ?, ?, ?, cast(? as jsonb))""",
                OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC), entry.actor(), root(entry.aggregateType()).name(),
                UUID.fromString(entry.aggregateId()), agreementId.value(), entry.action(), AuditTrail.toJson(changes));
    }

    /** The table code of a kind of record named as the adapter names it ("Convention" → AGREEMENT). */
    private static VersionGuard.Root root(String typeName) {
        return Arrays.stream(VersionGuard.Root.values())
                .filter(r -> (Character.toUpperCase(r.frenchName().charAt(0)) + r.frenchName().substring(1)).equals(typeName))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("type d'enregistrement inconnu : " + typeName));
    }
}
