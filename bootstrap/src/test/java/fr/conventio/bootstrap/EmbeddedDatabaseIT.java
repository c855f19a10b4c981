package fr.conventio.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.conventio.application.multiyear.GetMultiYearPlanUseCase;
import fr.conventio.application.multiyear.MultiYearPlanView;
import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.application.reading.AgreementSummary;
import fr.conventio.domain.account.InstalmentState;
import fr.conventio.domain.multiyear.PlannedYearStatus;
import fr.conventio.domain.settlement.KeepUnspentClause;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.DatePeriod;
import fr.conventio.domain.shared.Rate;
import fr.conventio.bootstrap.database.EmbeddedCredentials;
import fr.conventio.bootstrap.database.EmbeddedDatabaseServer;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Properties;

/**
 * The embedded database as the application runs on it, started on a data directory from before the
 * dedicated roles (schema made by Flyway as the password-less superuser, as earlier versions did): durable
 * settings, the application's pool as a role that is no superuser and cannot touch the audit trail's
 * guarantees, passwords in an owner-only file, the older objects handed over to the schema's owner, and the
 * pool's timeouts in force.
 */
class EmbeddedDatabaseIT {

    @TempDir
    static Path data;
    static ConfigurableApplicationContext application;
    static JdbcTemplate jdbc;

    @BeforeAll
    static void startOnADataDirectoryFromBefore() throws Exception {
        Path postgres = data.resolve("postgres");
        try (EmbeddedPostgres older = EmbeddedPostgres.builder().setDataDirectory(postgres).setCleanDataDirectory(false).start()) {
            DataSource superuser = older.getPostgresDatabase();
            Flyway.configure().dataSource(superuser).locations("classpath:db/migration").target("11").load().migrate();
            new JdbcTemplate(superuser).update("insert into audit_event (actor, aggregate_type, aggregate_id, action, version, changes)"
                    + " values ('ancienne.version', 'FUNDER', gen_random_uuid(), 'INSERT', 0, '{}')");
        }
        application = DemoRecords.start(data);
        jdbc = new JdbcTemplate(application.getBean(DataSource.class));
    }

    @AfterAll
    static void stop() {
        SecurityContextHolder.clearContext();
        if (application != null) {
            application.close();
        }
    }

    @Test
    void the_server_writes_durably() {
        assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("show full_page_writes", String.class)).isEqualTo("on");
    }

    @Test
    void the_application_connects_as_a_role_that_is_no_superuser_and_cannot_create_roles() {
        assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("conventio_app");
        assertThat(jdbc.queryForObject("select rolsuper or rolcreaterole or rolcreatedb or rolbypassrls from pg_roles where rolname = current_user",
                Boolean.class)).isFalse();
        assertRefused("create role intruder login superuser");
        assertRefused("create role intruder");
        assertRefused("alter role conventio_app superuser");
    }

    @Test
    void the_application_role_cannot_lift_the_audit_trail_guarantees() {
        assertRefused("drop trigger audit_event_no_update_or_delete on audit_event");
        assertRefused("alter table audit_event disable trigger audit_event_no_update_or_delete");
        assertRefused("drop table audit_event");
        assertRefused("set session_replication_role = replica");
        assertRefused("update audit_event set actor = 'quelqu''un' where actor = 'ancienne.version'");
        assertRefused("delete from audit_event");
        assertRefused("truncate audit_event");
        assertRefused("update installation_marker set recorded_at = now()");
        assertRefused("delete from installation_marker");
        assertRefused("delete from flyway_schema_history");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = 'ancienne.version'", Integer.class)).isEqualTo(1);
        // the rights are the first lock (the triggers the second): the role may only read and append
        assertThat(jdbc.queryForObject("select has_table_privilege('audit_event', 'INSERT') and has_table_privilege('audit_event', 'SELECT')"
                + " and not has_table_privilege('audit_event', 'UPDATE') and not has_table_privilege('audit_event', 'DELETE')"
                + " and not has_table_privilege('audit_event', 'TRUNCATE')", Boolean.class)).isTrue();
    }

    @Test
    void the_objects_of_the_older_directory_belong_to_the_schema_owner_who_migrated_it_further() {
        assertThat(jdbc.queryForList("select distinct tableowner from pg_tables where schemaname = 'public'", String.class))
                .containsExactly("conventio_owner");
        assertThat(jdbc.queryForObject("select pg_get_userbyid(proowner) from pg_proc where proname = 'audit_event_append_only'", String.class))
                .isEqualTo("conventio_owner");
        assertThat(jdbc.queryForObject("select installed_by from flyway_schema_history where version = '13'", String.class))
                .isEqualTo("conventio_owner");
        assertThat(jdbc.queryForObject("select installed_by from flyway_schema_history where version = '1'", String.class))
                .isEqualTo("postgres");
    }

    @Test
    void the_application_role_reads_and_writes_what_it_needs_the_demo_was_loaded_through_the_use_cases() {
        DemoRecords.actAsStaff();
        assertThat(new DemoRecords(application).agreements()).extracting(AgreementSummary::reference)
                .containsExactlyElementsOf(DemoRecords.REFERENCES);
        assertThat(jdbc.queryForObject("select count(*) from installation_marker where marker = 'DEMO_DATA'", Integer.class)).isEqualTo(1);
    }

    @Test
    void d5_v5_a4_the_demo_portfolio_holds_a_three_year_agreement_and_one_paid_in_instalments_for_the_same_association() {
        DemoRecords.actAsStaff();
        DemoRecords demo = new DemoRecords(application);
        AgreementDetails cpo = demo.agreement("ECO-2027-SCS-CPO");
        assertThat(cpo.subsidy().votedAmount()).isEqualTo(Amount.of("60000.00"));
        MultiYearPlanView plan = application.getBean(GetMultiYearPlanUseCase.class).get(cpo.id()).orElseThrow();
        assertThat(plan.years()).extracting(year -> year.budgetYear().value(), MultiYearPlanView.Year::amount, MultiYearPlanView.Year::status)
                .containsExactly(tuple(2027, Amount.of("60000.00"), PlannedYearStatus.CONFIRMED),
                        tuple(2028, Amount.of("60000.00"), PlannedYearStatus.TO_CONFIRM),
                        tuple(2029, Amount.of("60000.00"), PlannedYearStatus.TO_CONFIRM));
        assertThat(plan.plannedTotal()).isEqualTo(Amount.of("180000.00"));

        AgreementDetails event = demo.agreement("ECO-2027-SCS-RDV");
        assertThat(event.associationId()).isEqualTo(cpo.associationId());
        assertThat(event.operationTerms().operationPeriod())
                .isEqualTo(new DatePeriod(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 30)));
        assertThat(event.operationTerms().keepUnspentClause()).isEqualTo(KeepUnspentClause.rate(Rate.ofPercent(5)));
        assertThat(event.instalments()).extracting(InstalmentState::amount)
                .containsExactly(Amount.of("12000.00"), Amount.of("9000.00"), Amount.of("9000.00"));
        assertThat(event.instalments().get(1).instalment().dueDate()).isEqualTo(LocalDate.of(2027, 5, 15));
    }

    @Test
    void the_passwords_are_in_an_owner_only_file_and_every_connection_needs_one() throws Exception {
        Path postgres = data.resolve("postgres");
        Path file = EmbeddedCredentials.file(postgres);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        Properties stored = new Properties();
        try (var reader = Files.newBufferedReader(file)) {
            stored.load(reader);
        }
        assertThat(stored.stringPropertyNames()).containsExactlyInAnyOrder("superuser.password", "owner.password", "application.password");
        assertThat(stored.getProperty("application.password")).hasSizeGreaterThanOrEqualTo(43)
                .isNotEqualTo(stored.getProperty("owner.password")).isNotEqualTo(stored.getProperty("superuser.password"));
        assertThat(Files.readString(postgres.resolve("pg_hba.conf"))).doesNotContain("trust").contains("scram-sha-256");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(postgres.resolve("pg_hba.conf")))).isEqualTo("rw-------");

        int port = application.getBean(EmbeddedDatabaseServer.class).port();
        String url = "jdbc:postgresql://localhost:" + port + "/postgres";
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "").close()).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(url, "conventio_app", "wrong").close()).isInstanceOf(SQLException.class);
        try (var connection = DriverManager.getConnection(url, "conventio_app", stored.getProperty("application.password"))) {
            assertThat(connection.isValid(2)).isTrue();
        }
    }

    @Test
    void the_pool_has_the_configured_timeouts_and_every_statement_a_time_limit() {
        HikariDataSource pool = (HikariDataSource) application.getBean(DataSource.class);
        assertThat(pool.getConnectionTimeout()).isEqualTo(5000);
        assertThat(pool.getValidationTimeout()).isEqualTo(3000);
        assertThat(pool.getMaxLifetime()).isEqualTo(1_800_000);
        assertThat(pool.getDataSourceProperties()).containsEntry("socketTimeout", "20").containsEntry("connectTimeout", "5")
                .containsEntry("loginTimeout", "5");
        assertThat(jdbc.queryForObject("show statement_timeout", String.class)).isEqualTo("15s");
    }

    private static void assertRefused(String sql) {
        assertThatThrownBy(() -> jdbc.execute(sql)).as(sql).isInstanceOfSatisfying(RuntimeException.class, error -> {
            Throwable cause = error.getCause() instanceof SQLException ? error.getCause() : error;
            assertThat(cause).isInstanceOf(SQLException.class);
            assertThat(((SQLException) cause).getSQLState()).as(sql + ": " + cause.getMessage()).isEqualTo("42501");
        });
    }
}
