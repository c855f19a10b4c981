package fr.conventio.adapters.persistence;

import fr.conventio.application.shared.ConcurrentUpdateException;
import fr.conventio.application.shared.Versioned;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.dao.IncorrectUpdateSemanticsDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Optimistic locking for every aggregate. Before an update it locks the root row and compares its
 * version with the one the caller read: concurrent writers of one aggregate then queue on that
 * row instead of interleaving the delete-and-reinsert of its child rows (no deadlock), and the
 * loser is refused at once. Spring Data JDBC's own {@code where version = ?} stays as a second check;
 * both failures become a {@link ConcurrentUpdateException}.
 */
@Component
class VersionGuard {

    /** The aggregate root tables and their key columns, the only names ever put in SQL text here. */
    enum Root {
        FUNDER("funder", "id", "financeur"),
        ASSOCIATION("association", "id", "association"),
        BUDGET_LINE("budget_line", "id", "ligne budgétaire"),
        AGREEMENT("agreement", "id", "convention"),
        PAYMENT("payment", "id", "versement"),
        OBLIGATION("obligation", "id", "obligation"),
        RECOVERY_ORDER("recovery_order", "id", "titre de recettes"),
        AGREEMENT_CONTROL("agreement_control", "agreement_id", "dossier de contrôle");

        private final String table;
        private final String idColumn;
        private final String frenchName;

        Root(String table, String idColumn, String frenchName) {
            this.table = table;
            this.idColumn = idColumn;
            this.frenchName = frenchName;
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    VersionGuard(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Runs {@code save} for an aggregate read at {@code versioned.version()} (or a new one) in a
     * transaction (joining the caller's, if any), refusing it when the stored version moved on, or
     * when a new aggregate's id is already stored (as the in-memory fakes do).
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public <R> R save(Root root, UUID id, Versioned<?> versioned, Supplier<R> save) {
        Long stored = jdbc.query("select version from " + root.table + " where " + root.idColumn + " = :id for no key update",
                Map.of("id", id), rs -> rs.next() ? rs.getLong(1) : null);
        boolean expected = versioned.isNew() ? stored == null : stored != null && stored.longValue() == versioned.version();
        if (!expected) {
            throw new ConcurrentUpdateException(root.frenchName, id.toString());
        }
        try {
            return save.get();
        } catch (OptimisticLockingFailureException | IncorrectUpdateSemanticsDataAccessException e) {
            throw new ConcurrentUpdateException(root.frenchName, id.toString());
        }
    }
}
