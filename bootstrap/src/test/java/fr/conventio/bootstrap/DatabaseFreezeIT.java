package fr.conventio.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.application.shared.StorageUnavailableException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The database freezes (SIGSTOP on the embedded server and all its processes) while staff save: the use case
 * fails within the timeouts with {@link StorageUnavailableException} ("Base de données indisponible,
 * réessayez dans quelques instants."), not after minutes; once the server runs again (SIGCONT) nothing of
 * the save was written (same version, same reference, no audit row) and the application works again.
 *
 * <p>Short timeouts for the test (the defaults are 5 s for a connection, 20 s for the socket): pool 2 s,
 * validation 1 s, driver socket 3 s, login and connect 2 s.
 */
class DatabaseFreezeIT {

    /** The longest a frozen use case may take here: the socket timeout, then the pool's, and slack for a loaded machine. */
    private static final Duration WITHIN = Duration.ofSeconds(3 + 2 + 5);

    @TempDir
    static Path data;
    static ConfigurableApplicationContext application;
    static JdbcTemplate jdbc;
    static DemoRecords demo;

    @BeforeAll
    static void start() {
        application = DemoRecords.start(data,
                "--spring.datasource.hikari.connection-timeout=2000",
                "--spring.datasource.hikari.validation-timeout=1000",
                "--spring.datasource.hikari.data-source-properties.socketTimeout=3",
                "--spring.datasource.hikari.data-source-properties.loginTimeout=2",
                "--spring.datasource.hikari.data-source-properties.connectTimeout=2");
        jdbc = new JdbcTemplate(application.getBean(DataSource.class));
        demo = new DemoRecords(application);
    }

    @AfterEach
    void clearSecurity() {
        SecurityContextHolder.clearContext();
    }

    @AfterAll
    static void stop() {
        if (application != null) {
            application.close();
        }
    }

    @Test
    void a_save_during_which_the_database_freezes_fails_within_seconds_and_writes_nothing() {
        DemoRecords.actAsStaff();
        AgreementDetails before = demo.theAgreement();
        long auditRows = auditRows();
        AtomicReference<FrozenServer> frozen = new AtomicReference<>();
        // the audit row of the save asks who acts: the agreement row is updated, the transaction open, the audit row not yet written
        DemoRecords.actAs(new FreezingWhenAskedWhoActs(() -> frozen.set(FrozenServer.freeze(data.resolve("postgres")))));

        long started = System.nanoTime();
        try {
            assertThatThrownBy(() -> demo.renameAgreement(before, "GEL-2020-001"))
                    .isInstanceOf(StorageUnavailableException.class)
                    .hasMessage("Base de données indisponible, réessayez dans quelques instants.");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(WITHIN);
            assertThat(frozen.get()).as("frozen during the save").isNotNull();
            assertThat(frozen.get().processCount()).isGreaterThan(1);
        } finally {
            if (frozen.get() != null) {
                frozen.get().close();
            }
        }

        DemoRecords.actAsStaff();
        assertNothingWritten(before, auditRows);
        worksAgain(before);
    }

    @Test
    void a_use_case_started_while_the_database_is_frozen_fails_within_seconds_and_writes_nothing() {
        DemoRecords.actAsStaff();
        AgreementDetails before = demo.theAgreement();
        long auditRows = auditRows();

        try (FrozenServer frozen = FrozenServer.freeze(data.resolve("postgres"))) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> demo.renameAgreement(before, "GEL-2020-002"))
                    .isInstanceOf(StorageUnavailableException.class).hasMessage(StorageUnavailableException.MESSAGE);
            assertThatThrownBy(() -> demo.agreements()).as("a read too").isInstanceOf(StorageUnavailableException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(WITHIN.multipliedBy(2));
        }

        assertNothingWritten(before, auditRows);
        worksAgain(before);
    }

    private static void assertNothingWritten(AgreementDetails before, long auditRows) {
        AgreementDetails after = demo.theAgreement();
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.reference()).isEqualTo(before.reference());
        assertThat(auditRows()).isEqualTo(auditRows);
    }

    /** The next save goes through, then is put back as it was (the tests share the application). */
    private static void worksAgain(AgreementDetails before) {
        demo.renameAgreement(before, "APRES-GEL-2020");
        AgreementDetails renamed = demo.theAgreement();
        assertThat(renamed.reference()).isEqualTo("APRES-GEL-2020");
        assertThat(renamed.version()).isEqualTo(before.version() + 1);
        demo.renameAgreement(renamed, before.reference());
    }

    private static long auditRows() {
        Long rows = jdbc.queryForObject("select count(*) from audit_event", Long.class);
        return rows == null ? 0 : rows;
    }

    /** A member of staff with every role whose name, asked for the first time, freezes the database. */
    private static final class FreezingWhenAskedWhoActs extends AbstractAuthenticationToken {
        private final Runnable freeze;
        private boolean armed = true;

        FreezingWhenAskedWhoActs(Runnable freeze) {
            super(DemoRecords.everyRole());
            this.freeze = freeze;
            setAuthenticated(true);
        }

        @Override
        public String getName() {
            if (armed) {
                armed = false;
                freeze.run();
            }
            return "instructeur";
        }

        @Override
        public Object getCredentials() {
            return "n/a";
        }

        @Override
        public Object getPrincipal() {
            return "instructeur";
        }
    }
}
