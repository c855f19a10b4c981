package fr.conventio.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.drafting.EditDraftAgreementUseCase;
import fr.conventio.application.port.out.CurrentUserPort;
import fr.conventio.application.security.Roles;
import fr.conventio.application.shared.ConcurrentUpdateException;
import fr.conventio.application.shared.StorageUnavailableException;
import fr.conventio.bootstrap.security.SecurityCurrentUserAdapter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An unavailable database, as it reaches the use-case boundary, becomes the application's
 * {@link StorageUnavailableException} (staff read "Base de données indisponible, réessayez dans quelques
 * instants."); every other failure goes through as it is.
 */
class StorageFailuresTest {

    @AfterEach
    void clearSecurity() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_pool_driver_and_statement_timeouts_and_lost_connections_are_an_unavailable_storage() {
        assertThat(List.of(
                new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                        new SQLTransientConnectionException("conventio - Connection is not available, request timed out after 5000ms")),
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", new SQLException("refused", "08001")),
                new DataAccessResourceFailureException("I/O error"),
                new UncategorizedSQLException("update", "update agreement",
                        new SQLException("An I/O error occurred while sending to the backend.", "08006", new SocketTimeoutException("Read timed out"))),
                new UncategorizedSQLException("update", "update agreement", new SQLException("canceling statement due to statement timeout", "57014")),
                new TransactionSystemException("JDBC commit failed", new SQLException("terminating connection due to administrator command", "57P01")),
                new QueryTimeoutException("timeout"),
                new CannotAcquireLockException("lock timeout", new SQLException("canceling statement due to lock timeout", "55P03")),
                new IllegalStateException("wrapped", new SQLException("too many connections", "53300"))))
                .allSatisfy(failure -> assertThat(StorageFailures.isUnavailable(failure)).as(failure.toString()).isTrue());
    }

    @Test
    void a_failed_rollback_hiding_a_lost_connection_is_an_unavailable_storage_and_one_hiding_a_bug_is_not() {
        TransactionSystemException afterLostConnection = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Cannot rollback when autoCommit is enabled."));
        afterLostConnection.initApplicationException(new UncategorizedSQLException("insert", "insert into audit_event",
                new SQLException("An I/O error occurred while sending to the backend.", "08006", new SocketTimeoutException("Read timed out"))));
        TransactionSystemException afterBug = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Cannot rollback when autoCommit is enabled."));
        afterBug.initApplicationException(new IllegalArgumentException("bug"));

        assertThat(StorageFailures.isUnavailable(afterLostConnection)).isTrue();
        assertThat(StorageFailures.isUnavailable(afterBug)).isFalse();
    }

    @Test
    void refusals_conflicts_and_bugs_are_not_an_unavailable_storage() {
        RuntimeException cyclic = new RuntimeException("a cause chain that loops");
        cyclic.initCause(new RuntimeException("its cause", cyclic));
        assertThat(List.of(
                cyclic,
                new DuplicateKeyException("duplicate", new SQLException("duplicate key value violates unique constraint", "23505")),
                new DataIntegrityViolationException("check", new SQLException("new row violates check constraint", "23514")),
                new OptimisticLockingFailureException("version moved on", new SQLException("?", "08006")),
                new ConcurrentUpdateException("convention", "42"),
                new IllegalArgumentException("bug"),
                new UncategorizedSQLException("select", "select x", new SQLException("syntax error", "42601"))))
                .allSatisfy(failure -> assertThat(StorageFailures.isUnavailable(failure)).as(failure.toString()).isFalse());
    }

    @Test
    void no_connection_for_the_transaction_fails_the_use_case_with_the_french_message_before_the_service_runs() {
        AtomicInteger calls = new AtomicInteger();
        EditDraftAgreementUseCase proxy = proxy(new FailingTransactions(true, false), command -> {
            calls.incrementAndGet();
            return null;
        });

        assertThatThrownBy(() -> proxy.edit(null)).isInstanceOf(StorageUnavailableException.class)
                .hasMessage("Base de données indisponible, réessayez dans quelques instants.")
                .hasRootCauseInstanceOf(SQLTransientConnectionException.class);
        assertThat(calls).hasValue(0);
    }

    @Test
    void a_commit_lost_with_the_connection_fails_the_use_case_with_the_french_message() {
        EditDraftAgreementUseCase proxy = proxy(new FailingTransactions(false, true), command -> null);

        assertThatThrownBy(() -> proxy.edit(null)).isInstanceOf(StorageUnavailableException.class)
                .hasMessage(StorageUnavailableException.MESSAGE);
    }

    @Test
    void a_refusal_of_the_service_goes_through_unchanged() {
        ConcurrentUpdateException stale = new ConcurrentUpdateException("convention", "42");
        EditDraftAgreementUseCase proxy = proxy(new FailingTransactions(false, false), command -> {
            throw stale;
        });

        assertThatThrownBy(() -> proxy.edit(null)).isSameAs(stale);
    }

    private static EditDraftAgreementUseCase proxy(PlatformTransactionManager transactions, EditDraftAgreementUseCase service) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("transactionManager", transactions);
        beans.registerSingleton("currentUser", new SecurityCurrentUserAdapter());
        UseCaseProxies proxies = new UseCaseProxies(beans.getBeanProvider(PlatformTransactionManager.class),
                beans.getBeanProvider(CurrentUserPort.class));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "instructeur", "n/a", List.of(new SimpleGrantedAuthority("ROLE_" + Roles.INSTRUCTEUR))));
        return (EditDraftAgreementUseCase) proxies.proxy(EditDraftAgreementUseCase.class, service);
    }

    /** Fails to begin (the pool's timeout) or to commit (the connection lost), as a JDBC transaction manager does. */
    private static final class FailingTransactions extends AbstractPlatformTransactionManager {
        private final boolean failBegin;
        private final boolean failCommit;

        FailingTransactions(boolean failBegin, boolean failCommit) {
            this.failBegin = failBegin;
            this.failCommit = failCommit;
        }

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            if (failBegin) {
                throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                        new SQLTransientConnectionException("conventio - Connection is not available, request timed out after 5000ms"));
            }
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            if (failCommit) {
                throw new TransactionSystemException("Could not commit JDBC transaction",
                        new SQLException("An I/O error occurred while sending to the backend.", "08006"));
            }
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}
