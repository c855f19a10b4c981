package fr.conventio.adapters.persistence;

import static fr.conventio.domain.agreement.AgreementFixtures.CT1_LINE_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.PAYS_AIX_LINE_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.SEED_AGREEMENT_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.SEED_FUNDER_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.YEAR_2020;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.shared.ConcurrentUpdateException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.party.BudgetCommitment;
import fr.conventio.domain.party.BudgetLine;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.FunderId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class BudgetLinePersistenceIT extends DatabaseTestSupport {

    @BeforeEach
    void parties() {
        saveSeedParties();
    }

    @Test
    void the_seed_budget_lines_are_read_back_field_by_field() {
        for (BudgetLine line : AgreementFixtures.seedBudgetLines()) {
            Versioned<BudgetLine> loaded = budgetLines.findById(line.id()).orElseThrow();
            assertThat(loaded.version()).isNotNull();
            assertThat(loaded.value()).usingRecursiveComparison().isEqualTo(line);
        }
        assertThat(budgetLines.findByCode(SEED_FUNDER_ID, "CT2")).get().extracting(v -> v.value().id()).isEqualTo(PAYS_AIX_LINE_ID);
        assertThat(budgetLines.findByCode(SEED_FUNDER_ID, "CT9")).isEmpty();
        assertThat(budgetLines.findByFunder(SEED_FUNDER_ID)).extracting(v -> v.value().code()).containsExactly("CT1", "CT2");
        assertThat(budgetLines.findByFunder(FunderId.newId())).isEmpty();
    }

    @Test
    void envelopes_adopted_years_and_commitments_are_read_back_in_order() {
        AgreementId secondId = AgreementId.of("2a3f7c72-f7cd-4ce6-a000-000000002021");
        agreements.save(Versioned.newAggregate(AgreementFixtures.seedAgreement()));
        agreements.save(Versioned.newAggregate(Agreement.create(secondId, AgreementReference.of("ECO-2021-SCS"),
                SEED_FUNDER_ID, AgreementFixtures.SEED_ASSOCIATION_ID, AgreementFixtures.seedSignatory(),
                AgreementFixtures.seedRepresentative(), BudgetYear.of(2021), AgreementFixtures.seedObject(),
                AgreementFixtures.seedProgramme(), AgreementFixtures.seedForecastBudget(), AgreementFixtures.seedSubsidy(),
                AgreementFixtures.seedPaymentTerms())));
        Versioned<BudgetLine> stored = budgetLines.findById(CT1_LINE_ID).orElseThrow();
        BudgetLine line = stored.value();
        line.setEnvelope(BudgetYear.of(2021), Amount.of("250000.10"));
        line.markBudgetAdopted(BudgetYear.of(2021));
        line.markBudgetAdopted(BudgetYear.of(2022));             // adopted, no envelope yet
        line.setEnvelope(BudgetYear.of(2023), Amount.ZERO);       // envelope, not adopted
        line.commit(BudgetYear.of(2021), secondId, Amount.of(1000));
        line.commit(YEAR_2020, secondId, Amount.of(20000));
        line.commit(YEAR_2020, SEED_AGREEMENT_ID, Amount.of(30000));

        Versioned<BudgetLine> saved = budgetLines.save(stored);
        Versioned<BudgetLine> loaded = budgetLines.findById(CT1_LINE_ID).orElseThrow();

        assertThat(loaded.version()).isEqualTo(saved.version()).isGreaterThan(stored.version());
        assertThat(loaded.value()).usingRecursiveComparison().isEqualTo(line);
        assertThat(loaded.value().commitments()).containsExactly(
                new BudgetCommitment(YEAR_2020, secondId, Amount.of(20000)),
                new BudgetCommitment(YEAR_2020, SEED_AGREEMENT_ID, Amount.of(30000)),
                new BudgetCommitment(BudgetYear.of(2021), secondId, Amount.of(1000)));
        assertThat(loaded.value().budgetAdopted(BudgetYear.of(2022))).isTrue();
        assertThat(loaded.value().envelopes()).doesNotContainKey(BudgetYear.of(2022)).containsEntry(BudgetYear.of(2023), Amount.ZERO);
    }

    @Test
    void a_commitment_to_an_unknown_agreement_is_refused_at_commit() {
        Versioned<BudgetLine> stored = budgetLines.findById(CT1_LINE_ID).orElseThrow();
        stored.value().commit(YEAR_2020, AgreementId.newId(), Amount.of(100));

        assertThatThrownBy(() -> budgetLines.save(stored)).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(budgetLines.findById(CT1_LINE_ID).orElseThrow().value().commitments()).isEmpty();
    }

    @Test
    void a_stale_version_is_refused() {
        Versioned<BudgetLine> first = budgetLines.findById(CT1_LINE_ID).orElseThrow();
        Versioned<BudgetLine> second = budgetLines.findById(CT1_LINE_ID).orElseThrow();
        first.value().setEnvelope(YEAR_2020, Amount.of(1));
        second.value().setEnvelope(YEAR_2020, Amount.of(2));
        budgetLines.save(first);

        assertThatThrownBy(() -> budgetLines.save(second)).isInstanceOfSatisfying(ConcurrentUpdateException.class,
                e -> assertThat(e.aggregateType()).isEqualTo("ligne budgétaire"));
        assertThat(budgetLines.findById(CT1_LINE_ID).orElseThrow().value().envelope(YEAR_2020)).isEqualTo(Amount.of(1));
    }

    @Test
    void a_code_is_unique_for_a_funder() {
        BudgetLine duplicate = BudgetLine.create(BudgetLineId.newId(), SEED_FUNDER_ID, "CT1", "Autre libellé");

        assertThatThrownBy(() -> budgetLines.save(Versioned.newAggregate(duplicate)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
