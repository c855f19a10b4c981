package fr.conventio.adapters.persistence;

import static fr.conventio.domain.agreement.AgreementFixtures.SEED_AGREEMENT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.adapters.persistence.contract.AgreementScenarios;
import fr.conventio.adapters.persistence.contract.RunningScenarios;
import fr.conventio.adapters.persistence.payment.PaymentPersistenceAdapter;
import fr.conventio.adapters.persistence.readside.AuditTrailQueriesAdapter;
import fr.conventio.application.reading.AuditChange;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.agreement.Instalment;
import fr.conventio.domain.agreement.InstalmentSchedule;
import fr.conventio.domain.payment.Payment;
import fr.conventio.domain.shared.Amount;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/** The schedule of instalments (V5) and the instalment payments on PostgreSQL: stored per terms version, checked, audited. */
class InstalmentsPersistenceIT extends DatabaseTestSupport {

    @Autowired
    private AuditTrailQueriesAdapter auditTrail;
    @Autowired
    private PaymentPersistenceAdapter payments;

    @BeforeEach
    void parties() {
        saveSeedParties();
    }

    @Test
    void v5_the_schedule_of_each_terms_version_is_stored_in_order_and_read_back() {
        Agreement agreement = AgreementScenarios.paidByInstalments();
        agreements.save(Versioned.newAggregate(agreement));

        assertThat(jdbc.queryForList("select version_number, position, amount, condition from agreement_terms_instalment"
                + " where agreement_id = ? order by version_number, position", SEED_AGREEMENT_ID.value())).hasSize(7);
        Agreement loaded = agreements.findById(SEED_AGREEMENT_ID).orElseThrow().value();
        assertThat(loaded.paymentTerms().instalments()).isEqualTo(agreement.paymentTerms().instalments());
        assertThat(loaded.versions().getFirst().paymentTerms().instalments().orElseThrow().total()).isEqualTo(Amount.of(80000));
    }

    @Test
    void v5_the_database_refuses_a_dated_instalment_without_date_a_second_balance_and_an_instalment_payment_without_number() {
        agreements.save(Versioned.newAggregate(AgreementScenarios.paidByInstalments()));

        assertThatThrownBy(() -> jdbc.update("update agreement_terms_instalment set due_date = null where condition = 'DATE'"))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("agreement_terms_instalment_date_v5");
        assertThatThrownBy(() -> jdbc.update("update agreement_terms_instalment set condition = 'BALANCE' where condition = 'SIGNATURE'"))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("agreement_terms_instalment_one_balance_v5");
        assertThatThrownBy(() -> jdbc.update("update agreement_terms_instalment set amount = 0"))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("agreement_terms_instalment_amount_check");

        Payment instalment = RunningScenarios.instalmentOnTwoLines(SEED_AGREEMENT_ID, "M-2020-0007", LocalDate.of(2020, 6, 1));
        payments.save(Versioned.newAggregate(instalment));
        assertThat(payments.findById(instalment.id()).orElseThrow().value().instalmentNumber()).contains(2);
        assertThatThrownBy(() -> jdbc.update("update payment set instalment_number = null"))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("payment_instalment_number_v5");
        assertThatThrownBy(() -> payments.save(Versioned.newAggregate(
                RunningScenarios.instalmentOnTwoLines(SEED_AGREEMENT_ID, "M-2020-0008", LocalDate.of(2020, 6, 2)))))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("payment_instalment_once_v3");
    }

    @Test
    void v5_the_schedule_is_audited_old_and_new() {
        Versioned<Agreement> saved = database.save(AgreementFixtures.seedAgreement());
        Agreement draft = saved.value();
        draft.changePaymentTerms(draft.paymentTerms().withInstalments(InstalmentSchedule.of(
                Instalment.atSignature(Amount.of(32000)), Instalment.on(Amount.of(32000), LocalDate.of(2020, 6, 1)),
                Instalment.balance(Amount.of(16000)))));
        agreements.save(saved);

        Map<String, AuditChange> changes = auditTrail.agreementHistory(SEED_AGREEMENT_ID, PageRequest.of(0, 50, "occurredAt", false))
                .content().getFirst().changes();
        assertThat(changes.get("instalment.1")).isEqualTo(new AuditChange(null, "32000.00 — à la signature"));
        assertThat(changes.get("instalment.2")).isEqualTo(new AuditChange(null, "32000.00 — le 01/06/2020"));
        assertThat(changes.get("instalment.3").newValue()).startsWith("16000.00 — solde");
    }
}
