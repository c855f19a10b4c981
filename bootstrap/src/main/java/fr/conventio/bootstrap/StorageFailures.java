package fr.conventio.bootstrap;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.Collections;

/**
 * Tells an unavailable storage from the other failures of a use case: what a database that is down, frozen,
 * overloaded or cut off looks like once it reaches the use-case boundary, whichever layer wrapped it.
 * <ul>
 * <li>Spring's translations: {@link DataAccessResourceFailureException} (no connection, connection lost, includes
 *     {@code CannotGetJdbcConnectionException}), {@link TransientDataAccessException} (query timeout, lock
 *     timeout, deadlock, serialization failure: worth a retry), {@link RecoverableDataAccessException}, and
 *     {@link CannotCreateTransactionException} (no connection to begin with: the pool's timeout);</li>
 * <li>the JDBC exceptions behind them: {@link SQLTransientConnectionException} (HikariCP's "connection is not
 *     available"), {@link SQLNonTransientConnectionException}, {@link SQLTimeoutException}, {@link SQLRecoverableException},
 *     and PostgreSQL's SQLSTATE classes 08 (connection exception: the driver's socket timeout is 08006), 53
 *     (insufficient resources), 57014 (statement timeout) and 57P (server shutting down or starting).</li>
 * </ul>
 * A rollback that fails after such a failure (the connection is gone) hides it: Spring then throws the
 * rollback's {@link TransactionSystemException}, which keeps the first failure as its application exception;
 * that one is looked at too.
 *
 * <p>Someone else's save first ({@link OptimisticLockingFailureException}, turned into the application's
 * {@code ConcurrentUpdateException} by the persistence adapter) is not an unavailable storage, nor is a
 * constraint violation.
 */
final class StorageFailures {

    private StorageFailures() {
    }

    static boolean isUnavailable(Throwable error) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof OptimisticLockingFailureException) {
                return false;
            }
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
                    || t instanceof RecoverableDataAccessException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLTimeoutException || t instanceof SQLRecoverableException
                    || t instanceof SQLException sql && isUnavailableState(sql.getSQLState())) {
                return true;
            }
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && rollback.getApplicationException() != error && isUnavailable(rollback.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

    /** What the log says of {@code error}: its deepest cause (the first failure's, when a failed rollback hides it). */
    static String describe(Throwable error) {
        Throwable first = error instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                ? rollback.getApplicationException() : error;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable deepest = first;
        for (Throwable t = first; t != null && seen.add(t); t = t.getCause()) {
            deepest = t;
        }
        return deepest == first ? first.toString() : first.getClass().getSimpleName() + " caused by " + deepest;
    }

    private static boolean isUnavailableState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("53") || state.equals("57014") || state.startsWith("57P"));
    }
}
