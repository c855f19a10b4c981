package fr.conventio.adapters.persistence.contract;

import static fr.conventio.adapters.persistence.contract.RunningScenarios.OTHER_AGREEMENT_ID;
import static fr.conventio.adapters.persistence.contract.SeedStore.OTHER_FUNDER_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.CT1_LINE_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.PAYS_AIX_LINE_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.SEED_AGREEMENT_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.SEED_FUNDER_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.YEAR_2020;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.port.out.BudgetLineRepository;
import fr.conventio.application.shared.ConcurrentUpdateException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.party.BudgetCommitment;
import fr.conventio.domain.party.BudgetLine;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.FunderId;
import org.junit.jupiter.api.Test;

/**
 * What every {@link BudgetLineRepository} does, the in-memory fake and the PostgreSQL adapter alike.
 * Implementations provide the repository on a store holding the seed's two budget lines (CT1 and CT2 of
 * the seed's funder, as {@link AgreementFixtures#seedBudgetLines()} makes them), a second funder
 * {@link SeedStore#OTHER_FUNDER_ID} without lines, and the agreements {@code SEED_AGREEMENT_ID} and
 * {@link RunningScenarios#OTHER_AGREEMENT_ID} that commitments name.
 */
public abstract class BudgetLineRepositoryContract {

    private static final BudgetYear YEAR_2021 = BudgetYear.of(2021);

    protected abstract BudgetLineRepository repository();

    /** How the store refuses a second line with a code its funder already uses (a constraint violation). */
    protected abstract Class<? extends RuntimeException> uniqueViolation();

    private Versioned<BudgetLine> ct1() {
        return repository().findById(CT1_LINE_ID).orElseThrow();
    }

    @Test
    void the_seed_lines_are_read_back_field_by_field_at_version_0() {
        for (BudgetLine line : AgreementFixtures.seedBudgetLines()) {
            Versioned<BudgetLine> loaded = repository().findById(line.id()).orElseThrow();

            assertThat(loaded.version()).isZero();
            assertThat(loaded.value()).usingRecursiveComparison().isEqualTo(line);
        }
        assertThat(repository().findById(BudgetLineId.newId())).isEmpty();
    }

    @Test
    void a_line_is_found_by_its_code_within_its_funder_only() {
        repository().save(Versioned.newAggregate(BudgetLine.create(BudgetLineId.newId(), OTHER_FUNDER_ID, "CT1", "Ligne de la commune")));

        assertThat(repository().findByCode(SEED_FUNDER_ID, "CT2")).get().extracting(v -> v.value().id()).isEqualTo(PAYS_AIX_LINE_ID);
        assertThat(repository().findByCode(SEED_FUNDER_ID, "CT1")).get().extracting(v -> v.value().id()).isEqualTo(CT1_LINE_ID);
        assertThat(repository().findByCode(OTHER_FUNDER_ID, "CT1")).get().extracting(v -> v.value().label()).isEqualTo("Ligne de la commune");
        assertThat(repository().findByCode(OTHER_FUNDER_ID, "CT2")).isEmpty();
        assertThat(repository().findByCode(SEED_FUNDER_ID, "CT9")).isEmpty();
        assertThat(repository().findByCode(SEED_FUNDER_ID, "ct1")).as("codes are compared exactly").isEmpty();
        assertThat(repository().findByCode(SEED_FUNDER_ID, " CT1 ")).as("codes are compared exactly, callers strip them").isEmpty();
    }

    @Test
    void the_lines_of_a_funder_come_by_code_and_only_its_own() {
        repository().save(Versioned.newAggregate(BudgetLine.create(BudgetLineId.newId(), SEED_FUNDER_ID, "CT10", "Dixième territoire")));
        repository().save(Versioned.newAggregate(BudgetLine.create(BudgetLineId.newId(), SEED_FUNDER_ID, "AP1", "Autorisation de programme")));
        repository().save(Versioned.newAggregate(BudgetLine.create(BudgetLineId.newId(), OTHER_FUNDER_ID, "AA1", "Ligne de la commune")));

        assertThat(repository().findByFunder(SEED_FUNDER_ID)).extracting(v -> v.value().code()).containsExactly("AP1", "CT1", "CT10", "CT2");
        assertThat(repository().findByFunder(OTHER_FUNDER_ID)).extracting(v -> v.value().code()).containsExactly("AA1");
        assertThat(repository().findByFunder(FunderId.newId())).isEmpty();
        assertThat(repository().findByFunder(SEED_FUNDER_ID)).allSatisfy(v -> assertThat(v.version()).isZero());
    }

    @Test
    void b4_envelopes_adopted_years_and_commitments_are_read_back_in_order_one_version_further() {
        Versioned<BudgetLine> stored = ct1();
        BudgetLine line = stored.value();
        line.setEnvelope(YEAR_2021, Amount.of("250000.10"));
        line.markBudgetAdopted(YEAR_2021);
        line.markBudgetAdopted(BudgetYear.of(2022));             // adopted, no envelope yet
        line.setEnvelope(BudgetYear.of(2023), Amount.ZERO);       // envelope, not adopted
        line.commit(YEAR_2021, OTHER_AGREEMENT_ID, Amount.of(1000));
        line.commit(YEAR_2020, OTHER_AGREEMENT_ID, Amount.of(20000));
        line.commit(YEAR_2020, SEED_AGREEMENT_ID, Amount.of("30000.01"));

        Versioned<BudgetLine> saved = repository().save(stored);
        Versioned<BudgetLine> loaded = ct1();

        assertThat(saved.version()).isEqualTo(1);
        assertThat(loaded.version()).isEqualTo(1);
        assertThat(loaded.value()).usingRecursiveComparison().isEqualTo(line);
        assertThat(loaded.value().commitments()).containsExactly(
                new BudgetCommitment(YEAR_2020, OTHER_AGREEMENT_ID, Amount.of(20000)),
                new BudgetCommitment(YEAR_2020, SEED_AGREEMENT_ID, Amount.of("30000.01")),
                new BudgetCommitment(YEAR_2021, OTHER_AGREEMENT_ID, Amount.of(1000)));
        assertThat(loaded.value().committed(YEAR_2020)).isEqualTo(Amount.of("50000.01"));
        assertThat(loaded.value().budgetAdopted(BudgetYear.of(2022))).isTrue();
        assertThat(loaded.value().budgetAdopted(BudgetYear.of(2023))).isFalse();
        assertThat(loaded.value().envelopes()).doesNotContainKey(BudgetYear.of(2022)).containsEntry(BudgetYear.of(2023), Amount.ZERO);
    }

    @Test
    void b4_a_commitment_cut_then_released_is_stored_as_such() {
        Versioned<BudgetLine> stored = ct1();
        stored.value().commit(YEAR_2020, SEED_AGREEMENT_ID, Amount.of(30_000));
        stored.value().commit(YEAR_2020, OTHER_AGREEMENT_ID, Amount.of(10_000));
        repository().save(stored);
        Versioned<BudgetLine> settled = ct1();
        settled.value().adjustCommitment(YEAR_2020, SEED_AGREEMENT_ID, Amount.of("27000.00"));
        repository().save(settled);

        Versioned<BudgetLine> afterCut = ct1();
        assertThat(afterCut.version()).isEqualTo(2);
        assertThat(afterCut.value().commitments()).containsExactly(new BudgetCommitment(YEAR_2020, SEED_AGREEMENT_ID, Amount.of(27_000)),
                new BudgetCommitment(YEAR_2020, OTHER_AGREEMENT_ID, Amount.of(10_000)));
        assertThat(afterCut.value().remaining(YEAR_2020)).isEqualTo(Amount.of(463_000));

        afterCut.value().adjustCommitment(YEAR_2020, SEED_AGREEMENT_ID, Amount.ZERO);
        repository().save(afterCut);

        BudgetLine released = ct1().value();
        assertThat(released.committedFor(YEAR_2020, SEED_AGREEMENT_ID)).isEmpty();
        assertThat(released.commitments()).containsExactly(new BudgetCommitment(YEAR_2020, OTHER_AGREEMENT_ID, Amount.of(10_000)));
        assertThat(repository().findById(PAYS_AIX_LINE_ID).orElseThrow().value().commitments()).isEmpty();
    }

    @Test
    void a_stale_version_is_refused_and_changes_nothing() {
        Versioned<BudgetLine> first = ct1();
        Versioned<BudgetLine> second = ct1();
        first.value().setEnvelope(YEAR_2020, Amount.of(1));
        second.value().commit(YEAR_2020, SEED_AGREEMENT_ID, Amount.of(2));
        repository().save(first);

        assertThatThrownBy(() -> repository().save(second)).isInstanceOf(ConcurrentUpdateException.class);
        BudgetLine stored = ct1().value();
        assertThat(stored.envelope(YEAR_2020)).isEqualTo(Amount.of(1));
        assertThat(stored.commitments()).isEmpty();
    }

    @Test
    void a_version_never_stored_or_an_id_stored_twice_is_refused() {
        BudgetLine fresh = BudgetLine.create(BudgetLineId.newId(), SEED_FUNDER_ID, "CT3", "Troisième territoire");
        assertThatThrownBy(() -> repository().save(Versioned.of(fresh, 0))).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(repository().findById(fresh.id())).isEmpty();

        BudgetLine sameId = BudgetLine.create(CT1_LINE_ID, SEED_FUNDER_ID, "CT1-BIS", "Doublon");
        assertThatThrownBy(() -> repository().save(Versioned.newAggregate(sameId))).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(ct1().value().code()).isEqualTo("CT1");
    }

    @Test
    void what_a_caller_changes_without_saving_is_not_stored() {
        ct1().value().setEnvelope(YEAR_2020, Amount.of(1));

        assertThat(ct1().value().envelope(YEAR_2020)).isEqualTo(Amount.of(500_000));
    }

    @Test
    void a_code_is_used_once_per_funder_and_may_be_used_by_another_funder() {
        BudgetLine duplicate = BudgetLine.create(BudgetLineId.newId(), SEED_FUNDER_ID, "CT1", "Autre libellé");
        BudgetLine otherFunders = BudgetLine.create(BudgetLineId.newId(), OTHER_FUNDER_ID, "CT1", "Ligne de la commune");

        assertThatThrownBy(() -> repository().save(Versioned.newAggregate(duplicate))).isInstanceOf(uniqueViolation());
        assertThat(repository().findById(duplicate.id())).isEmpty();
        repository().save(Versioned.newAggregate(otherFunders));
        assertThat(repository().findById(otherFunders.id())).isPresent();
    }

    @Test
    void a_line_renamed_to_a_code_its_funder_uses_is_refused() {
        Versioned<BudgetLine> paysAix = repository().findById(PAYS_AIX_LINE_ID).orElseThrow();
        paysAix.value().rename("CT1", "Territoire du Pays d'Aix");

        assertThatThrownBy(() -> repository().save(paysAix)).isInstanceOf(uniqueViolation());
        assertThat(repository().findByCode(SEED_FUNDER_ID, "CT2")).get().extracting(v -> v.value().id()).isEqualTo(PAYS_AIX_LINE_ID);

        Versioned<BudgetLine> renamed = repository().findById(PAYS_AIX_LINE_ID).orElseThrow();
        renamed.value().rename("PA1", "Pays d'Aix");
        repository().save(renamed);
        assertThat(repository().findByCode(SEED_FUNDER_ID, "CT2")).isEmpty();
        assertThat(repository().findByCode(SEED_FUNDER_ID, "PA1")).get().extracting(Versioned::version).isEqualTo(1L);
    }
}
