package fr.conventio.adapters.persistence;

import static fr.conventio.domain.agreement.AgreementFixtures.SEED_AGREEMENT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.shared.AgreementId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

/** What PostgreSQL itself refuses, whatever the code that writes (plain SQL here). */
class DatabaseConstraintsIT extends DatabaseTestSupport {

    @BeforeEach
    void seed() {
        saveSeedParties();
        agreements.save(Versioned.newAggregate(AgreementFixtures.signedSeedAgreement()));
    }

    @Test
    void a_negative_amount_is_refused() {
        assertThatThrownBy(() -> jdbc.update("update agreement_terms_funding_source set amount = -1 where agreement_id = ?",
                SEED_AGREEMENT_ID.value()))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("agreement_terms_funding_source_amount_check");
        assertThatThrownBy(() -> jdbc.update("update budget_line_year set envelope = -0.01"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("budget_line_year_envelope_check");
    }

    @Test
    void a_zero_subsidy_or_eligible_expenses_are_refused() {
        assertThatThrownBy(() -> jdbc.update("update agreement_terms set subsidy_amount = 0"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("agreement_terms_subsidy_amount_check");
        assertThatThrownBy(() -> jdbc.update("update agreement_terms set eligible_expenses = 0"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("agreement_terms_eligible_expenses_check");
    }

    @Test
    void a_subsidy_above_the_eligible_expenses_is_refused_b2() {
        assertThatThrownBy(() -> jdbc.update("update agreement_terms set subsidy_amount = eligible_expenses + 0.01"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("agreement_terms_subsidy_within_expenses_b2");
    }

    @Test
    void an_advance_rate_outside_0_100_is_refused() {
        assertThatThrownBy(() -> jdbc.update("update agreement_terms set advance_rate = 100.01"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("agreement_terms_advance_rate_check");
        assertThatThrownBy(() -> jdbc.update("update agreement_terms set advance_rate = 0"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("agreement_terms_advance_rate_check");
    }

    @Test
    void a4_the_keep_unspent_clause_is_a_known_kind_with_only_its_own_positive_value() {
        assertThatThrownBy(() -> jdbc.update("update agreement_terms set keep_unspent_kind = 'HALF'"))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("agreement_terms_keep_unspent_");
        assertThatThrownBy(() -> jdbc.update("update agreement_terms set keep_unspent_kind = 'RATE'"))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("agreement_terms_keep_unspent_clause_a4");
        assertThatThrownBy(() -> jdbc.update("update agreement_terms set keep_unspent_kind = 'RATE', keep_unspent_rate = 100.01"))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("agreement_terms_keep_unspent_rate_check");
        assertThatThrownBy(() -> jdbc.update("update agreement_terms set keep_unspent_kind = 'AMOUNT', keep_unspent_amount = 0"))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("agreement_terms_keep_unspent_amount_check");
        assertThatThrownBy(() -> jdbc.update("update agreement_terms set keep_unspent_amount = 10"))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("agreement_terms_keep_unspent_clause_a4");
        jdbc.update("update agreement_terms set keep_unspent_kind = 'RATE', keep_unspent_rate = 5");
    }

    @Test
    void d4_the_operation_period_has_both_ends_and_ends_after_it_starts() {
        assertThatThrownBy(() -> jdbc.update("update agreement_terms set operation_start = date '2020-09-01'"))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("agreement_terms_operation_period_d4");
        assertThatThrownBy(() -> jdbc.update("update agreement_terms set operation_start = date '2020-09-01', operation_end = date '2020-08-31'"))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("agreement_terms_operation_period_d4");
        jdbc.update("update agreement_terms set operation_start = date '2020-09-01', operation_end = date '2021-06-30'");
    }

    @Test
    void an_unknown_status_is_refused() {
        assertThatThrownBy(() -> jdbc.update("update agreement set status = 'ARCHIVED'"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("agreement_status_check");
        assertThat(jdbc.queryForObject("select status from agreement", String.class)).isEqualTo("SIGNED");
    }

    @Test
    void a_duplicate_reference_is_refused() {
        Agreement sameReference = Agreement.create(AgreementId.newId(), AgreementFixtures.seedAgreement().reference(),
                AgreementFixtures.SEED_FUNDER_ID, AgreementFixtures.SEED_ASSOCIATION_ID, AgreementFixtures.seedSignatory(),
                AgreementFixtures.seedRepresentative(), AgreementFixtures.YEAR_2020, AgreementFixtures.seedObject(),
                AgreementFixtures.seedProgramme(), AgreementFixtures.seedForecastBudget(), AgreementFixtures.seedSubsidy(),
                AgreementFixtures.seedPaymentTerms(), "instructeur");

        assertThatThrownBy(() -> agreements.save(Versioned.newAggregate(sameReference)))
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessageContaining("agreement_reference_key");
        assertThat(jdbc.queryForObject("select count(*) from agreement", Long.class)).isEqualTo(1);
    }

    @Test
    void an_allocation_on_an_unknown_budget_line_is_refused() {
        assertThatThrownBy(() -> jdbc.update("update agreement_terms_subsidy_allocation set budget_line_id = ? where position = 0",
                UUID.randomUUID()))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("agreement_terms_subsidy_allocation_budget_line_id_fkey");
    }

    @Test
    void an_agreement_of_an_unknown_association_is_refused() {
        assertThatThrownBy(() -> jdbc.update("update agreement set association_id = ?", UUID.randomUUID()))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("agreement_association_id_fkey");
    }

    @Test
    void a_signed_agreement_without_signature_date_is_refused() {
        assertThatThrownBy(() -> jdbc.update("update agreement set signature_date = null"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("agreement_signed_on_date");
    }
}
