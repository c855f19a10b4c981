package fr.conventio.adapters.persistence.support;

import fr.conventio.application.shared.ConcurrentUpdateException;
import fr.conventio.application.shared.Versioned;

import org.springframework.dao.IncorrectUpdateSemanticsDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Optimistic locking and the audit trail for every aggregate. Before a save it locks the root row and
 * compares its version with the one the caller read: concurrent writers of one aggregate then queue on
 * that row instead of interleaving the delete-and-reinsert of its child rows (no deadlock), and the
 * loser is refused at once. Spring Data JDBC's own {@code where version = ?} stays as a second check;
 * both failures become a {@link ConcurrentUpdateException}.
 *
 * <p>Each save also writes one {@code audit_event} row in the same transaction ({@link AuditTrail}):
 * the audited fields of the stored state are read once the row is locked, those of the aggregate
 * after the save, and their difference is recorded. A save that fails or rolls back leaves no audit
 * row; a save that commits always leaves one.
 */
@Component
public class VersionGuard {

    /** The aggregate root tables and their key columns, the only names ever put in SQL text here. */
    public enum Root {
        FUNDER("funder", "id", "financeur"),
        ASSOCIATION("association", "id", "association"),
        BUDGET_LINE("budget_line", "id", "ligne budgétaire"),
        AGREEMENT("agreement", "id", "convention"),
        PAYMENT("payment", "id", "versement"),
        OBLIGATION("obligation", "id", "obligation"),
        RECOVERY_ORDER("recovery_order", "id", "titre de recettes"),
        AGREEMENT_CONTROL("agreement_control", "agreement_id", "dossier de contrôle"),
        MULTI_YEAR_PLAN("multi_year_plan", "head_agreement_id", "convention pluriannuelle"),
        /** A generated document (issue 11): inserted only, never versioned. */
        GENERATED_DOCUMENT("generated_document", "id", "document généré"),
        /** The administrator's wording of a kind of document (issue 11): not versioned. */
        DOCUMENT_TEMPLATE("document_template", "id", "modèle de document"),
        /** A message a member of staff sent by e-mail (a letter, issue 11; V33): inserted only, never versioned. */
        MAIL_MESSAGE("mail_outbox", "id", "courriel envoyé"),
        /** A member of staff's calendar feed token (issue 11): not versioned, audited without its digest. */
        CALENDAR_TOKEN("calendar_token", "owner", "jeton d'agenda");

        private final String table;
        private final String idColumn;
        private final String frenchName;

        Root(String table, String idColumn, String frenchName) {
            this.table = table;
            this.idColumn = idColumn;
            this.frenchName = frenchName;
        }

        /** The French name of this kind of record, as staff read it ("convention", "versement"...). */
        public String frenchName() {
            return frenchName;
        }
    }

    /** A stored aggregate row: its version once saved. */
    public interface VersionedRow {
        public Long version();
    }

    /**
     * What the audit trail records of one kind of aggregate, supplied by its adapter.
     *
     * @param loadStored    the stored aggregate with this id, read in the save's transaction
     * @param auditedFields the fields the trail follows (statuses, amounts, dates, references), as text
     * @param agreementId   the agreement the aggregate belongs to, {@code null} if none
     */
    public record Audit<T>(Function<UUID, Optional<T>> loadStored, Function<T, Map<String, String>> auditedFields,
                    Function<T, UUID> agreementId) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditTrail auditTrail;

    public VersionGuard(NamedParameterJdbcTemplate jdbc, AuditTrail auditTrail) {
        this.jdbc = jdbc;
        this.auditTrail = auditTrail;
    }

    /**
     * Runs {@code delete} for an aggregate read at {@code versioned.version()}, in a transaction (joining the
     * caller's), refusing it when the stored version moved on or the aggregate is gone; then records a DELETE row
     * in the audit trail with the audited fields it had.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public <T> void delete(Root root, UUID id, Versioned<T> versioned, Audit<T> audit, Runnable delete) {
        Long stored = jdbc.query("select version from " + root.table + " where " + root.idColumn + " = :id for update",
                Map.of("id", id), rs -> rs.next() ? rs.getLong(1) : null);
        if (versioned.isNew() || stored == null || stored.longValue() != versioned.version()) {
            throw new ConcurrentUpdateException(root.frenchName, id.toString());
        }
        T before = audit.loadStored().apply(id).orElseThrow(() -> new ConcurrentUpdateException(root.frenchName, id.toString()));
        Map<String, String> fields = audit.auditedFields().apply(before);
        delete.run();
        auditTrail.recordDeletion(root, id, audit.agreementId().apply(before), stored, fields);
    }

    /**
     * Runs {@code save} for an aggregate read at {@code versioned.version()} (or a new one) in a
     * transaction (joining the caller's, if any), refusing it when the stored version moved on, or
     * when a new aggregate's id is already stored (as the in-memory fakes do); then records it in the
     * audit trail.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public <T, R extends VersionedRow> R save(Root root, UUID id, Versioned<T> versioned, Audit<T> audit, Supplier<R> save) {
        Long stored = jdbc.query("select version from " + root.table + " where " + root.idColumn + " = :id for no key update",
                Map.of("id", id), rs -> rs.next() ? rs.getLong(1) : null);
        boolean expected = versioned.isNew() ? stored == null : stored != null && stored.longValue() == versioned.version();
        if (!expected) {
            throw new ConcurrentUpdateException(root.frenchName, id.toString());
        }
        Map<String, String> before = versioned.isNew() ? Map.of()
                : audit.loadStored().apply(id).map(audit.auditedFields()).orElseThrow(
                        () -> new ConcurrentUpdateException(root.frenchName, id.toString()));
        R saved;
        try {
            saved = save.get();
        } catch (OptimisticLockingFailureException | IncorrectUpdateSemanticsDataAccessException e) {
            throw new ConcurrentUpdateException(root.frenchName, id.toString());
        }
        T aggregate = versioned.value();
        auditTrail.record(root, id, audit.agreementId().apply(aggregate), versioned.isNew(), saved.version(), before,
                audit.auditedFields().apply(aggregate));
        return saved;
    }
}
