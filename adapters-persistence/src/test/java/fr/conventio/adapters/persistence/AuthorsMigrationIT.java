package fr.conventio.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

/**
 * V12 gives the agreements stored before it their authors from the audit trail: who drafted each one (the
 * actor of its INSERT) and who recorded its settlement (the actor of the save that turned it SETTLED), so
 * that the separation of duties also holds on existing files; without audit rows the authors stay unknown.
 */
class AuthorsMigrationIT {

    private static final String FUNDER = "00000000-0000-0000-0000-00000000f001";
    private static final String ASSOCIATION = "00000000-0000-0000-0000-00000000a001";
    private static final String SETTLED = "00000000-0000-0000-0000-000000000001";
    private static final String DRAFT = "00000000-0000-0000-0000-000000000002";
    private static final String WITHOUT_TRAIL = "00000000-0000-0000-0000-000000000003";

    @Test
    void v12_takes_the_authors_of_existing_agreements_from_the_audit_trail() {
        TestPostgres.createDatabase("authors_migration");
        JdbcTemplate jdbc = new JdbcTemplate(TestPostgres.database("authors_migration"));
        Flyway.configure().dataSource(TestPostgres.database("authors_migration")).target("11").load().migrate();
        jdbc.update("""
                insert into funder (id, name, kind, siret, address_lines, address_postal_code, address_city, version)
                values (cast(? as uuid), 'Métropole', 'EPCI', '20005480700017', array['Le Pharo'], '13007', 'Marseille', 0)""", FUNDER);
        jdbc.update("""
                insert into association (id, name, address_lines, address_postal_code, address_city, representative_name,
                                         representative_function, fiscal_year_start_month, fiscal_year_start_day, annual_budget, version)
                values (cast(? as uuid), 'Pôle SCS', array['Rue'], '13013', 'Marseille', 'M. X', 'Président', 1, 1, 1000000, 0)""",
                ASSOCIATION);
        agreement(jdbc, SETTLED, "ECO-1", "SETTLED");
        agreement(jdbc, DRAFT, "ECO-2", "DRAFT");
        agreement(jdbc, WITHOUT_TRAIL, "ECO-3", "SETTLED");
        audit(jdbc, SETTLED, "INSERT", "instructeur.a", "{\"status\": {\"old\": null, \"new\": \"DRAFT\"}}");
        audit(jdbc, SETTLED, "UPDATE", "responsable.b", "{\"status\": {\"old\": \"DRAFT\", \"new\": \"APPROVED\"}}");
        audit(jdbc, SETTLED, "UPDATE", "responsable.c", "{\"status\": {\"old\": \"SIGNED\", \"new\": \"SETTLED\"}}");
        audit(jdbc, SETTLED, "UPDATE", "finances.d", "{\"termsVersion\": {\"old\": \"0\", \"new\": \"0\"}}");
        audit(jdbc, DRAFT, "INSERT", "systeme", "{\"status\": {\"old\": null, \"new\": \"DRAFT\"}}");

        Flyway.configure().dataSource(TestPostgres.database("authors_migration")).load().migrate();

        assertThat(authors(jdbc, SETTLED)).containsEntry("created_by", "instructeur.a").containsEntry("settlement_settled_by", "responsable.c");
        assertThat(authors(jdbc, DRAFT)).containsEntry("created_by", "systeme").containsEntry("settlement_settled_by", null);
        assertThat(authors(jdbc, WITHOUT_TRAIL)).containsEntry("created_by", null).containsEntry("settlement_settled_by", null);
    }

    private static void agreement(JdbcTemplate jdbc, String id, String reference, String status) {
        boolean settled = status.equals("SETTLED");
        jdbc.update("""
                insert into agreement (id, reference, funder_id, association_id, budget_year, object, status, terms_version,
                                       deliberation_number, deliberation_deciding_body, deliberation_date, signature_date,
                                       settlement_final_subsidy, settlement_date, version)
                values (cast(? as uuid), ?, cast(? as uuid), cast(? as uuid), 2020, 'Objet', ?, 0, ?, ?, ?, ?, ?, ?, 3)""",
                id, reference, FUNDER, ASSOCIATION, status, settled ? "2019-12" : null, settled ? "Bureau" : null,
                settled ? java.sql.Date.valueOf("2019-12-19") : null, settled ? java.sql.Date.valueOf("2020-02-03") : null,
                settled ? new java.math.BigDecimal("72000.00") : null, settled ? java.sql.Date.valueOf("2021-06-15") : null);
    }

    private static void audit(JdbcTemplate jdbc, String agreement, String action, String actor, String changes) {
        jdbc.update("""
                insert into audit_event (actor, aggregate_type, aggregate_id, agreement_id, action, version, changes)
                values (?, 'AGREEMENT', cast(? as uuid), cast(? as uuid), ?, 0, cast(? as jsonb))""", actor, agreement, agreement, action, changes);
    }

    private static Map<String, Object> authors(JdbcTemplate jdbc, String id) {
        return jdbc.queryForMap("select created_by, settlement_settled_by from agreement where id = cast(? as uuid)", id);
    }
}
