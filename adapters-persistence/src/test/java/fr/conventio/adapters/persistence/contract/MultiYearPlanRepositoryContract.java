package fr.conventio.adapters.persistence.contract;

import static fr.conventio.domain.agreement.AgreementFixtures.CT1_LINE_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.PAYS_AIX_LINE_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.SEED_AGREEMENT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.port.out.MultiYearPlanRepository;
import fr.conventio.application.shared.ConcurrentUpdateException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.multiyear.ConfirmationKind;
import fr.conventio.domain.multiyear.MultiYearPlan;
import fr.conventio.domain.multiyear.PlannedYearStatus;
import fr.conventio.domain.multiyear.SettlementMode;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link MultiYearPlanRepository} does (D5), with the seed agreement as year 1 and the other agreement as year 2's award. */
public abstract class MultiYearPlanRepositoryContract {

    protected abstract MultiYearPlanRepository repository();

    static MultiYearPlan threeYears() {
        return MultiYearPlan.create(SEED_AGREEMENT_ID, BudgetYear.of(2020), Amount.of(80_000), SettlementMode.ONCE_AT_END, List.of(
                Subsidy.of(Amount.of(80_000), SubsidyAllocation.of(CT1_LINE_ID, "Budget Principal Métropolitain (CT1)", Amount.of(30_000)),
                        SubsidyAllocation.of(PAYS_AIX_LINE_ID, null, Amount.of("50000.00"))),
                Subsidy.onSingleLine(CT1_LINE_ID, Amount.of("70000.55"))));
    }

    @Test
    void d5_every_field_of_a_plan_is_read_back() {
        MultiYearPlan plan = threeYears();
        Versioned<MultiYearPlan> saved = repository().save(Versioned.newAggregate(plan));
        Versioned<MultiYearPlan> loaded = repository().findByHead(SEED_AGREEMENT_ID).orElseThrow();

        assertThat(saved.version()).isZero();
        assertThat(loaded.version()).isZero();
        assertThat(loaded.value()).usingRecursiveComparison().isEqualTo(plan);
    }

    @Test
    void d5_a_confirmed_year_is_found_by_its_award_and_the_version_moves_on() {
        Versioned<MultiYearPlan> saved = repository().save(Versioned.newAggregate(threeYears()));
        MultiYearPlan plan = saved.value();
        plan.confirm(BudgetYear.of(2021), LocalDate.of(2021, 1, 20), ConfirmationKind.FINANCIAL_AMENDMENT,
                RunningScenarios.OTHER_AGREEMENT_ID, LocalDate.of(2020, 2, 1), true);
        Versioned<MultiYearPlan> confirmed = repository().save(new Versioned<>(plan, saved.version()));

        Versioned<MultiYearPlan> byAward = repository().findByMember(RunningScenarios.OTHER_AGREEMENT_ID).orElseThrow();
        assertThat(confirmed.version()).isEqualTo(1);
        assertThat(byAward.version()).isEqualTo(1);
        assertThat(byAward.value()).usingRecursiveComparison().isEqualTo(plan);
        assertThat(byAward.value().laterYears()).extracting(y -> y.status())
                .containsExactly(PlannedYearStatus.CONFIRMED, PlannedYearStatus.TO_CONFIRM);
        assertThat(repository().findByMember(SEED_AGREEMENT_ID)).isPresent();
    }

    @Test
    void d5_a_stale_version_is_refused() {
        Versioned<MultiYearPlan> saved = repository().save(Versioned.newAggregate(threeYears()));
        repository().save(new Versioned<>(saved.value(), saved.version()));
        assertThatThrownBy(() -> repository().save(new Versioned<>(saved.value(), saved.version())))
                .isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void d5_a_deleted_plan_is_gone() {
        repository().save(Versioned.newAggregate(threeYears()));
        repository().delete(SEED_AGREEMENT_ID);
        assertThat(repository().findByHead(SEED_AGREEMENT_ID)).isEmpty();
        assertThat(repository().findByMember(SEED_AGREEMENT_ID)).isEmpty();
    }
}
