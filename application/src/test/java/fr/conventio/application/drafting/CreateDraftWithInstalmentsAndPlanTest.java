package fr.conventio.application.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.multiyear.MultiYearPlanView;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.agreement.Instalment;
import fr.conventio.domain.agreement.InstalmentSchedule;
import fr.conventio.domain.agreement.PaymentTerms;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.multiyear.PlannedYearStatus;
import fr.conventio.domain.multiyear.SettlementMode;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.DomainException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The wizard's one call: a draft created with its schedule of instalments (V5) and its multi-year plan (D5), once per submission. */
class CreateDraftWithInstalmentsAndPlanTest {

    private InMemoryConventio app;
    private SeedSteps seed;

    @BeforeEach
    void setUp() {
        app = new InMemoryConventio(LocalDate.of(2020, 1, 6));
        seed = new SeedSteps(app).setUpParties();
    }

    private AgreementTerms seedTermsInThreeInstalments() {
        AgreementTerms seedTerms = seed.seedTerms();
        PaymentTerms terms = seedTerms.paymentTerms().withInstalments(InstalmentSchedule.of(
                Instalment.atSignature(Amount.of(40_000)), Instalment.on(Amount.of(24_000), LocalDate.of(2020, 6, 1)),
                Instalment.balance(Amount.of(16_000))));
        return new AgreementTerms(seedTerms.reference(), seedTerms.associationId(), seedTerms.signatory(), seedTerms.representative(),
                seedTerms.budgetYear(), seedTerms.object(), seedTerms.programme(), seedTerms.forecastBudget(), seedTerms.subsidy(), terms,
                seedTerms.operationPeriod(), seedTerms.keepUnspentClause());
    }

    private Subsidy yearly(int ct1, int paysAix) {
        return Subsidy.of(Amount.of(ct1 + paysAix),
                SubsidyAllocation.of(seed.ct1(), "Budget Principal Métropolitain (CT1)", Amount.of(ct1)),
                SubsidyAllocation.of(seed.paysAix(), "Territoire du Pays d'Aix", Amount.of(paysAix)));
    }

    @Test
    void v5_d5_a_three_year_cpo_paid_in_three_instalments_is_created_with_its_schedule_and_plan_in_one_call() {
        MultiYearTerms years = new MultiYearTerms(SettlementMode.YEARLY, List.of(yearly(30_000, 40_000), yearly(30_000, 30_000)));

        DraftAgreementSaved saved = app.createDraftAgreement.create(
                new CreateDraftAgreementCommand(seedTermsInThreeInstalments(), SubmissionKey.newKey(), years));

        Agreement agreement = app.agreements.findById(saved.agreementId()).orElseThrow().value();
        assertThat(agreement.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(agreement.paymentTerms().mode()).isEqualTo(PaymentTerms.Mode.INSTALMENTS);
        assertThat(agreement.paymentTerms().instalments().orElseThrow().instalments()).extracting(Instalment::amount)
                .containsExactly(Amount.of(40_000), Amount.of(24_000), Amount.of(16_000));
        MultiYearPlanView plan = app.getMultiYearPlan.get(saved.agreementId()).orElseThrow();
        assertThat(plan.years()).extracting(MultiYearPlanView.Year::budgetYear)
                .containsExactly(BudgetYear.of(2020), BudgetYear.of(2021), BudgetYear.of(2022));
        assertThat(plan.years()).extracting(MultiYearPlanView.Year::status)
                .containsExactly(PlannedYearStatus.CONFIRMED, PlannedYearStatus.TO_CONFIRM, PlannedYearStatus.TO_CONFIRM);
        assertThat(plan.plannedTotal()).isEqualTo(Amount.of(210_000));
        assertThat(plan.settlementMode()).isEqualTo(SettlementMode.YEARLY);
    }

    @Test
    void d5_the_same_submission_twice_creates_one_draft_and_one_plan() {
        SubmissionKey doubleClick = SubmissionKey.newKey();
        MultiYearTerms years = new MultiYearTerms(SettlementMode.ONCE_AT_END, List.of(yearly(30_000, 40_000)));

        DraftAgreementSaved first = app.createDraftAgreement.create(new CreateDraftAgreementCommand(seed.seedTerms(), doubleClick, years));
        DraftAgreementSaved second = app.createDraftAgreement.create(new CreateDraftAgreementCommand(seed.seedTerms(), doubleClick, years));

        assertThat(second.agreementId()).isEqualTo(first.agreementId());
        assertThat(app.agreements.findAll(a -> true)).hasSize(1);
        assertThat(app.multiYearPlans.findByHead(first.agreementId())).isPresent();
    }

    @Test
    void d5_a_plan_of_five_years_is_refused_before_anything_is_written() {
        Map<String, Object> before = app.snapshot();
        MultiYearTerms fiveYears = new MultiYearTerms(SettlementMode.YEARLY,
                List.of(yearly(1, 1), yearly(1, 1), yearly(1, 1), yearly(1, 1)));

        assertThatThrownBy(() -> app.createDraftAgreement.create(
                new CreateDraftAgreementCommand(seed.seedTerms(), SubmissionKey.newKey(), fiveYears)))
                .isInstanceOf(DomainException.class);

        assertThat(app.snapshot()).isEqualTo(before);
        assertThat(app.agreements.findAll(a -> true)).isEmpty();
    }

    @Test
    void v5_instalments_not_adding_up_to_the_subsidy_are_refused_with_the_gap_and_nothing_is_written() {
        AgreementTerms seedTerms = seed.seedTerms();
        PaymentTerms short10k = seedTerms.paymentTerms().withInstalments(InstalmentSchedule.of(
                Instalment.atSignature(Amount.of(40_000)), Instalment.balance(Amount.of(30_000))));
        AgreementTerms terms = new AgreementTerms(seedTerms.reference(), seedTerms.associationId(), seedTerms.signatory(),
                seedTerms.representative(), seedTerms.budgetYear(), seedTerms.object(), seedTerms.programme(), seedTerms.forecastBudget(),
                seedTerms.subsidy(), short10k, seedTerms.operationPeriod(), seedTerms.keepUnspentClause());
        Map<String, Object> before = app.snapshot();

        assertThatThrownBy(() -> app.createDraftAgreement.create(new CreateDraftAgreementCommand(terms, SubmissionKey.newKey(),
                new MultiYearTerms(SettlementMode.YEARLY, List.of(yearly(30_000, 40_000))))))
                .isInstanceOf(DomainException.class).hasMessageContaining("il manque 10");

        assertThat(app.snapshot()).isEqualTo(before);
    }
}
