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

    /** The aggregate root tables, the only table names ever put in SQL text here. */
    enum Root {
        FUNDER("funder", "financeur"),
        ASSOCIATION("association", "association"),
        BUDGET_LINE("budget_line", "ligne budgétaire"),
        AGREEMENT("agreement", "convention");

        private final String table;
        private final String frenchName;

        Root(String table, String frenchName) {
            this.table = table;
            this.frenchName = frenchName;
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    VersionGuard(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Runs {@code save} for an aggregate read at {@code versioned.version()} (or a new one) in a
     * transaction (joining the caller's, if any), refusing it when the stored version moved on.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public <R> R save(Root root, UUID id, Versioned<?> versioned, Supplier<R> save) {
        if (!versioned.isNew()) {
            Long stored = jdbc.query("select version from " + root.table + " where id = :id for no key update",
                    Map.of("id", id), rs -> rs.next() ? rs.getLong(1) : null);
            if (stored == null || stored.longValue() != versioned.version()) {
                throw new ConcurrentUpdateException(root.frenchName, id.toString());
            }
        }
        try {
            return save.get();
        } catch (OptimisticLockingFailureException | IncorrectUpdateSemanticsDataAccessException e) {
            throw new ConcurrentUpdateException(root.frenchName, id.toString());
        }
    }
}
