package fr.conventio.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The migrations build the whole schema on an empty database, and a second run has nothing to do. */
class FlywayMigrationIT {

    @Test
    void migrations_run_from_scratch_on_an_empty_database() {
        TestPostgres.createDatabase("flyway_from_scratch");
        Flyway flyway = Flyway.configure().dataSource(TestPostgres.database("flyway_from_scratch")).load();
        JdbcTemplate jdbc = new JdbcTemplate(TestPostgres.database("flyway_from_scratch"));
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_schema = 'public'", Long.class))
                .isZero();

        MigrateResult first = flyway.migrate();
        MigrateResult second = flyway.migrate();

        assertThat(first.success).isTrue();
        assertThat(first.migrationsExecuted).isEqualTo(flyway.info().all().length).isPositive();
        assertThat(second.migrationsExecuted).isZero();
        List<String> tables = jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
                String.class);
        assertThat(tables).contains("funder", "funder_signatory", "budget_line", "budget_line_year", "budget_line_commitment",
                "association", "agreement", "agreement_terms", "agreement_terms_action_category", "agreement_terms_action",
                "agreement_terms_funding_source", "agreement_terms_in_kind_contribution", "agreement_terms_subsidy_allocation",
                "agreement_terms_payment_date", "agreement_amendment", "agreement_third_party_delegation",
                "agreement_suspension", "payment", "payment_line_charge", "obligation", "obligation_event", "recovery_order",
                "recovery_order_receipt", "recovery_order_counter", "agreement_control", "agreement_control_formal_notice",
                "agreement_control_funding_decision", "agreement_control_meeting", "agreement_control_republican_breach",
                "flyway_schema_history");
        assertThat(jdbc.queryForList("select extname from pg_extension", String.class)).contains("pg_trgm", "unaccent");
        List<String> withoutVersion = jdbc.queryForList("""
                select t from unnest(array['funder', 'budget_line', 'association', 'agreement', 'payment', 'obligation',
                                    'recovery_order', 'agreement_control']) t
                where not exists (select 1 from information_schema.columns c
                                  where c.table_name = t and c.column_name = 'version' and c.is_nullable = 'NO')""",
                String.class);
        assertThat(withoutVersion).as("aggregate roots without a not null version column").isEmpty();
    }
}
