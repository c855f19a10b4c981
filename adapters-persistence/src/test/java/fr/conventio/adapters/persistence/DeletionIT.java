package fr.conventio.adapters.persistence;

import static fr.conventio.domain.agreement.AgreementFixtures.SEED_AGREEMENT_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.SEED_ASSOCIATION_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.adapters.persistence.account.AgreementAccountPersistenceAdapter;
import fr.conventio.adapters.persistence.control.AgreementControlPersistenceAdapter;
import fr.conventio.adapters.persistence.obligation.ObligationPersistenceAdapter;
import fr.conventio.adapters.persistence.payment.PaymentPersistenceAdapter;
import fr.conventio.adapters.persistence.readside.AuditTrailQueriesAdapter;
import fr.conventio.adapters.persistence.recovery.RecoveryOrderPersistenceAdapter;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.association.DeleteAssociationCommand;
import fr.conventio.application.association.DeleteAssociationService;
import fr.conventio.application.drafting.DeleteDraftAgreementCommand;
import fr.conventio.application.drafting.DeleteDraftAgreementService;
import fr.conventio.application.fakes.FixedCurrentUser;
import fr.conventio.application.reading.AuditEntry;
import fr.conventio.application.shared.ConcurrentUpdateException;
import fr.conventio.application.shared.Deletion;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.party.Civility;
import fr.conventio.domain.party.FiscalYear;
import fr.conventio.domain.party.PostalAddress;
import fr.conventio.domain.party.Representative;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.shared.DomainException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Issue 9 on PostgreSQL: deleting a draft removes its rows (terms, programme, budget, split, account figures) and
 * leaves one DELETE audit row from which its history is still read; a stale version deletes nothing; an association
 * an agreement refers to is refused by the domain and, underneath, by the database's foreign key.
 */
class DeletionIT extends DatabaseTestSupport {

    private static final List<String> DRAFT_TABLES = List.of("agreement", "agreement_terms", "agreement_terms_action_category",
            "agreement_terms_action", "agreement_terms_funding_source", "agreement_terms_in_kind_contribution",
            "agreement_terms_subsidy_allocation", "agreement_account", "agreement_account_line");

    @Autowired
    private TransactionTemplate transaction;
    @Autowired
    private FixedCurrentUser currentUser;
    @Autowired
    private PaymentPersistenceAdapter payments;
    @Autowired
    private ObligationPersistenceAdapter obligations;
    @Autowired
    private RecoveryOrderPersistenceAdapter recoveryOrders;
    @Autowired
    private AgreementControlPersistenceAdapter controls;
    @Autowired
    private AgreementAccountPersistenceAdapter accounts;
    @Autowired
    private AuditTrailQueriesAdapter auditTrail;

    private AgreementFiles files;

    @BeforeEach
    void parties() {
        currentUser.actAs("instructeur.test");
        saveSeedParties();
        files = new AgreementFiles(agreements, payments, obligations, recoveryOrders, controls, budgetLines, accounts);
    }

    @Test
    void a_deleted_draft_leaves_no_row_but_a_delete_audit_row_and_its_history_is_still_read() {
        long version = transaction.execute(tx -> files.create(AgreementFixtures.seedAgreement())).version();
        assertThat(rowsOfTheDraft()).allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());

        Deletion deleted = transaction.execute(tx -> service().delete(new DeleteDraftAgreementCommand(SEED_AGREEMENT_ID, version)));
        Deletion again = transaction.execute(tx -> service().delete(new DeleteDraftAgreementCommand(SEED_AGREEMENT_ID, version)));

        assertThat(deleted).isEqualTo(Deletion.DELETED);
        assertThat(again).isEqualTo(Deletion.ALREADY_DELETED);
        assertThat(rowsOfTheDraft()).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        Map<String, Object> last = database.auditRows().getLast();
        assertThat(last).containsEntry("aggregate_type", "AGREEMENT").containsEntry("action", "DELETE")
                .containsEntry("version", version).containsEntry("actor", "instructeur.test")
                .containsEntry("agreement_id", SEED_AGREEMENT_ID.value());
        assertThat((String) last.get("changes")).contains("\"reference\": {\"new\": null, \"old\": \"" + AgreementFixtures.seedAgreement().reference().value() + "\"}");
        List<AuditEntry> history = auditTrail.agreementHistory(SEED_AGREEMENT_ID, PageRequest.of(0, 10, "occurredAt", true)).content();
        assertThat(history).extracting(AuditEntry::action).containsExactly("INSERT", "DELETE");
    }

    @Test
    void a_draft_saved_since_it_was_seen_is_not_deleted_and_no_audit_row_is_written() {
        long version = transaction.execute(tx -> files.create(AgreementFixtures.seedAgreement())).version();
        transaction.executeWithoutResult(tx -> agreements.save(agreements.findById(SEED_AGREEMENT_ID).orElseThrow()));
        int auditRows = database.auditRows().size();

        assertThatThrownBy(() -> transaction.execute(tx -> service().delete(new DeleteDraftAgreementCommand(SEED_AGREEMENT_ID, version))))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(agreements.findById(SEED_AGREEMENT_ID)).isPresent();
        assertThat(database.auditRows()).hasSize(auditRows);
    }

    @Test
    void an_association_with_an_agreement_is_refused_by_the_use_case_and_by_the_foreign_key() {
        database.save(AgreementFixtures.signedSeedAgreement());
        Versioned<Association> association = associations.findById(SEED_ASSOCIATION_ID).orElseThrow();

        assertThatThrownBy(() -> transaction.execute(tx -> new DeleteAssociationService(associations, agreements)
                .delete(new DeleteAssociationCommand(SEED_ASSOCIATION_ID, association.version()))))
                .isInstanceOf(DomainException.class)
                .hasMessage("Cette association a des conventions : elle ne peut pas être supprimée.");
        assertThatThrownBy(() -> transaction.executeWithoutResult(tx -> associations.delete(association)))
                .as("the adapter alone, the domain's check bypassed: the foreign key of agreement refuses")
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("a des conventions");
        assertThat(associations.findById(SEED_ASSOCIATION_ID)).isPresent();
        assertThat(database.auditRows()).extracting(row -> row.get("action")).doesNotContain("DELETE");
    }

    @Test
    void an_association_nothing_refers_to_is_deleted_with_a_delete_audit_row() {
        Association association = Association.create(AssociationId.newId(), "Les Amis du Vieux Port",
                PostalAddress.of("93 La Canebière", "13001", "Marseille"), Representative.of(Civility.MADAME, "Camille DURAND", "Présidente"),
                null, null, FiscalYear.CALENDAR, Amount.of(12_500));
        long version = associations.save(Versioned.newAggregate(association)).version();

        Deletion deleted = transaction.execute(tx -> new DeleteAssociationService(associations, agreements)
                .delete(new DeleteAssociationCommand(association.id(), version)));

        assertThat(deleted).isEqualTo(Deletion.DELETED);
        assertThat(jdbc.queryForObject("select count(*) from association where id = ?", Long.class, association.id().value())).isZero();
        Map<String, Object> last = database.auditRows().getLast();
        assertThat(last).containsEntry("aggregate_type", "ASSOCIATION").containsEntry("action", "DELETE")
                .containsEntry("aggregate_id", association.id().value());
        assertThat((String) last.get("changes")).contains("\"name\": {\"new\": null, \"old\": \"Les Amis du Vieux Port\"}");
    }

    @Test
    void the_audit_trail_stays_append_only_delete_rows_included() {
        long version = transaction.execute(tx -> files.create(AgreementFixtures.seedAgreement())).version();
        transaction.execute(tx -> service().delete(new DeleteDraftAgreementCommand(SEED_AGREEMENT_ID, version)));

        assertThatThrownBy(() -> jdbc.update("delete from audit_event where action = 'DELETE'")).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("insert into audit_event (actor, aggregate_type, aggregate_id, action, changes)"
                + " values ('x', 'AGREEMENT', ?, 'PURGE', '{}'::jsonb)", UUID.randomUUID())).isInstanceOf(DataAccessException.class);
    }

    private DeleteDraftAgreementService service() {
        return new DeleteDraftAgreementService(files, agreements);
    }

    private Map<String, Long> rowsOfTheDraft() {
        Map<String, Long> rows = new java.util.LinkedHashMap<>();
        for (String table : DRAFT_TABLES) {
            String column = table.equals("agreement") ? "id" : "agreement_id";
            rows.put(table, jdbc.queryForObject("select count(*) from " + table + " where " + column + " = ?", Long.class,
                    SEED_AGREEMENT_ID.value()));
        }
        return rows;
    }
}
