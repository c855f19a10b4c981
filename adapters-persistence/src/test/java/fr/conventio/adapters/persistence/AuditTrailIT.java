package fr.conventio.adapters.persistence;

import fr.conventio.adapters.persistence.contract.AgreementScenarios;

import static fr.conventio.domain.agreement.AgreementFixtures.SEED_AGREEMENT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.adapters.persistence.contract.RunningScenarios;
import fr.conventio.adapters.persistence.control.AgreementControlPersistenceAdapter;
import fr.conventio.adapters.persistence.obligation.ObligationPersistenceAdapter;
import fr.conventio.adapters.persistence.payment.PaymentPersistenceAdapter;
import fr.conventio.adapters.persistence.readside.AuditTrailQueriesAdapter;
import fr.conventio.adapters.persistence.support.AuditedFields;
import fr.conventio.adapters.persistence.recovery.RecoveryOrderPersistenceAdapter;
import fr.conventio.application.fakes.FixedCurrentUser;
import fr.conventio.application.reading.AuditChange;
import fr.conventio.application.reading.AuditEntry;
import fr.conventio.domain.control.AgreementControl;
import fr.conventio.application.shared.ConcurrentUpdateException;
import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.party.BudgetLine;
import fr.conventio.domain.shared.Amount;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

class AuditTrailIT extends DatabaseTestSupport {

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
    private AuditTrailQueriesAdapter auditTrail;

    @BeforeEach
    void parties() {
        currentUser.actAs("instructeur.test");
        saveSeedParties();
    }

    @AfterEach
    void backToTheDefaultUser() {
        currentUser.actAs("instructeur.test");
    }

    @Test
    void every_save_through_every_adapter_writes_one_row_with_the_actor() {
        assertThat(database.auditRows()).extracting(r -> r.get("aggregate_type"))
                .containsExactly("FUNDER", "ASSOCIATION", "BUDGET_LINE", "BUDGET_LINE");
        currentUser.actAs("comptable.dupont");

        database.save(AgreementFixtures.signedSeedAgreement());
        payments.save(Versioned.newAggregate(RunningScenarios.advanceOnTwoLines(SEED_AGREEMENT_ID, "M-1", AgreementFixtures.SIGNATURE_DATE)));
        obligations.save(Versioned.newAggregate(RunningScenarios.received(SEED_AGREEMENT_ID)));
        recoveryOrders.save(Versioned.newAggregate(RunningScenarios.issuedOrder(SEED_AGREEMENT_ID, 1, "10")));
        controls.save(Versioned.newAggregate(AgreementControl.empty(SEED_AGREEMENT_ID)));

        List<Map<String, Object>> rows = database.auditRows();
        assertThat(rows).hasSize(9);
        assertThat(rows.subList(4, 9)).extracting(r -> r.get("aggregate_type"), r -> r.get("action"), r -> r.get("version"),
                        r -> r.get("actor"), r -> r.get("agreement_id"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("AGREEMENT", "INSERT", 0L, "comptable.dupont", SEED_AGREEMENT_ID.value()),
                        org.assertj.core.groups.Tuple.tuple("PAYMENT", "INSERT", 0L, "comptable.dupont", SEED_AGREEMENT_ID.value()),
                        org.assertj.core.groups.Tuple.tuple("OBLIGATION", "INSERT", 0L, "comptable.dupont", SEED_AGREEMENT_ID.value()),
                        org.assertj.core.groups.Tuple.tuple("RECOVERY_ORDER", "INSERT", 0L, "comptable.dupont", SEED_AGREEMENT_ID.value()),
                        org.assertj.core.groups.Tuple.tuple("AGREEMENT_CONTROL", "INSERT", 0L, "comptable.dupont", SEED_AGREEMENT_ID.value()));
        assertThat(rows.getFirst().get("agreement_id")).isNull();
        assertThat((String) rows.get(5).get("changes")).contains("\"amount\": {\"new\": \"64000.00\", \"old\": null}");
    }

    @Test
    void an_update_records_the_old_and_new_values_of_what_changed_only() {
        Versioned<Agreement> saved = database.save(AgreementFixtures.signedSeedAgreement());
        Agreement agreement = saved.value();
        agreement.markSettled(AgreementScenarios.settlement(agreement, "936301.50"), LocalDate.of(2021, 6, 30), "responsable");
        currentUser.actAs("cheffe.service");

        agreements.save(saved);

        AuditEntry last = history(0, 1, false).content().getFirst();
        assertThat(last.action()).isEqualTo("UPDATE");
        assertThat(last.actor()).isEqualTo("cheffe.service");
        assertThat(last.aggregateType()).isEqualTo("Convention");
        assertThat(last.aggregateId()).isEqualTo(SEED_AGREEMENT_ID.toString());
        assertThat(last.changes()).containsExactly(
                Map.entry("finalSubsidy", new AuditChange(null, "72000.00")),
                Map.entry("realExpenses", new AuditChange(null, "936301.50")),
                Map.entry("settledOn", new AuditChange(null, "2021-06-30")),
                Map.entry("status", new AuditChange("SIGNED", "SETTLED")),
                Map.entry("subsidyBase", new AuditChange(null, "80000.00")));
        Map<String, Object> row = database.auditRows().getLast();
        assertThat(row.get("version")).isEqualTo(1L);
        assertThat((String) row.get("changes")).isEqualTo("""
                {"status": {"new": "SETTLED", "old": "SIGNED"}, "settledOn": {"new": "2021-06-30", "old": null}, \
                "subsidyBase": {"new": "80000.00", "old": null}, "finalSubsidy": {"new": "72000.00", "old": null}, \
                "realExpenses": {"new": "936301.50", "old": null}}""");
    }

    @Test
    void a_save_with_nothing_changed_is_still_recorded_with_no_change() {
        Versioned<Agreement> saved = database.save(AgreementFixtures.signedSeedAgreement());

        agreements.save(saved);

        Map<String, Object> row = database.auditRows().getLast();
        assertThat(row.get("action")).isEqualTo("UPDATE");
        assertThat(row.get("changes")).isEqualTo("{}");
    }

    @Test
    void a_refused_save_leaves_no_audit_row() {
        database.save(AgreementFixtures.seedAgreement());
        Versioned<Agreement> first = agreements.findById(SEED_AGREEMENT_ID).orElseThrow();
        Versioned<Agreement> second = agreements.findById(SEED_AGREEMENT_ID).orElseThrow();
        first.value().approve(AgreementFixtures.seedDeliberation());
        agreements.save(first);
        long rows = database.count("audit_event");
        second.value().approve(AgreementFixtures.seedDeliberation());

        assertThatThrownBy(() -> agreements.save(second)).isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> database.save(AgreementFixtures.seedAgreement())).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(database.count("audit_event")).isEqualTo(rows);
    }

    @Test
    void the_database_refuses_to_update_delete_or_truncate_the_trail() {
        long rows = database.count("audit_event");

        assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'quelqu''un d''autre'"))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("journal d'audit : UPDATE refusé");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event"))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("journal d'audit : DELETE refusé");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event"))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("journal d'audit : TRUNCATE refusé");

        assertThat(rows).isPositive();
        assertThat(database.count("audit_event")).isEqualTo(rows);
        assertThat(jdbc.queryForList("select distinct actor from audit_event", String.class)).containsExactly("instructeur.test");
    }

    @Test
    void texts_with_quotes_backslashes_and_line_breaks_are_kept_exactly() {
        Versioned<Agreement> saved = database.save(AgreementFixtures.seedAgreement());
        String objectives = "Objectifs « 2020 » : \"réseau\" C:\\dossier\\pièce\nligne 2\ttab";
        saved.value().changeObject(fr.conventio.domain.agreement.AgreementObject.of(objectives));

        agreements.save(saved);

        AuditChange object = history(0, 1, false).content().getFirst().changes().get("object");
        assertThat(object.newValue()).isEqualTo(objectives);
        assertThat(object.oldValue()).isEqualTo(AgreementFixtures.seedObject().objectives());
    }

    @Test
    void a_rejection_reason_is_stored_once_its_audit_row_keeps_its_length_and_digest() {
        database.save(AgreementFixtures.signedSeedAgreement());
        Obligation obligation = RunningScenarios.received(SEED_AGREEMENT_ID);
        Versioned<Obligation> saved = obligations.save(Versioned.newAggregate(obligation));
        String reason = "Pièce « illisible » : \"scan\" C:\\dossier\\pièce\nligne 2\ttab " + "r".repeat(1_900);
        obligation.reject(reason, "cheffe", AgreementFixtures.SIGNATURE_DATE.plusDays(1));

        obligations.save(saved);

        Map<String, AuditChange> changes = history(0, 1, false).content().getFirst().changes();
        assertThat(changes.get("lastEvent").newValue()).isEqualTo("REJECTED le 2020-02-04 par cheffe");
        assertThat(changes.get("lastEvent").oldValue()).isEqualTo("RECEIVED le 2020-02-03 par instructeur.martin : attestation.pdf (doc-9)");
        assertThat(changes.get("lastEventReason")).isEqualTo(new AuditChange(null, AuditedFields.digest(reason)));
        assertThat(changes.get("lastEventReason").newValue()).matches("sha256:[0-9a-f]{64} \\(" + reason.length() + " caractères\\)");
        assertThat(jdbc.queryForObject("select count(*) from obligation_event where reason = ?", Long.class, reason)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where strpos(changes::text, ?) > 0", Long.class, "r".repeat(100)))
                .as("the reason is not copied into the audit trail").isZero();
    }

    @Test
    void the_history_of_an_agreement_holds_its_records_most_recent_first_paged_in_the_database() {
        database.save(AgreementFixtures.signedSeedAgreement());
        database.save(RunningScenarios.otherAgreement());
        payments.save(Versioned.newAggregate(RunningScenarios.advanceOnTwoLines(SEED_AGREEMENT_ID, "M-1", AgreementFixtures.SIGNATURE_DATE)));
        controls.save(Versioned.newAggregate(RunningScenarios.fullControl(SEED_AGREEMENT_ID)));
        BudgetLine line = budgetLines.findById(AgreementFixtures.CT1_LINE_ID).orElseThrow().value();
        line.commit(AgreementFixtures.YEAR_2020, SEED_AGREEMENT_ID, Amount.of(30_000));
        budgetLines.save(Versioned.of(line, 0));

        Page<AuditEntry> all = history(0, 10, false);
        Page<AuditEntry> oldestFirst = history(0, 2, true);
        Page<AuditEntry> second = history(1, 2, true);

        assertThat(all.totalElements()).as("its records, its beneficiary and the funder; not the budget lines").isEqualTo(5);
        assertThat(all.content()).extracting(AuditEntry::aggregateType)
                .containsExactly("Dossier de contrôle", "Versement", "Convention", "Association", "Financeur");
        assertThat(oldestFirst.content()).extracting(AuditEntry::aggregateType).containsExactly("Financeur", "Association");
        assertThat(second.content()).extracting(AuditEntry::aggregateType).containsExactly("Convention", "Versement");
        assertThat(all.content().getFirst().changes()).doesNotContainKey("subsidyReductions")
                .containsEntry("republicanBreach.1", new AuditChange(null, "le 2020-10-01 : retrait 20109.29, à reverser 4109.29"))
                .containsEntry("fundingDecision.4", new AuditChange(null, "REDUCE_SUBSIDY 10000.00 le 2020-10-05 par directrice.generale"));
        assertThat(database.auditRows().getLast().get("aggregate_type")).isEqualTo("BUDGET_LINE");
        assertThat((String) database.auditRows().getLast().get("changes"))
                .isEqualTo("{\"committed.2020\": {\"new\": \"30000.00\", \"old\": \"0.00\"}}");
    }

    private Page<AuditEntry> history(int page, int size, boolean ascending) {
        return auditTrail.agreementHistory(SEED_AGREEMENT_ID, PageRequest.of(page, size, "occurredAt", ascending));
    }
}
