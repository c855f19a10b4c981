package fr.conventio.application.multiyear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.funder.DefineBudgetLineCommand;
import fr.conventio.application.shared.Saved;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.multiyear.ConfirmationKind;
import fr.conventio.domain.multiyear.PlannedYearStatus;
import fr.conventio.domain.multiyear.SettlementMode;
import fr.conventio.domain.party.BudgetLine;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.IllegalTransitionException;
import fr.conventio.domain.shared.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MultiYearAgreementTest {

    private static final BudgetYear Y2021 = BudgetYear.of(2021);
    private static final LocalDate CONFIRMED_ON = LocalDate.of(2021, 1, 20);

    private InMemoryConventio app;
    private SeedSteps seed;

    @BeforeEach
    void setUp() {
        app = new InMemoryConventio(LocalDate.of(2021, 1, 20));
        seed = new SeedSteps(app);
        seed.setUpParties();
        seed.createDraft();
    }

    private Subsidy yearly(int ct1, int paysAix) {
        return Subsidy.of(Amount.of(ct1 + paysAix),
                SubsidyAllocation.of(seed.ct1(), "Budget Principal Métropolitain (CT1)", Amount.of(ct1)),
                SubsidyAllocation.of(seed.paysAix(), "Territoire du Pays d'Aix", Amount.of(paysAix)));
    }

    private void planThreeYears() {
        app.planMultiYearAgreement.plan(new PlanMultiYearAgreementCommand(seed.agreementId(), SettlementMode.YEARLY,
                List.of(yearly(30_000, 50_000), yearly(30_000, 40_000))));
    }

    private void openYear(BudgetYear year, int envelope, boolean adopted) {
        for (var line : List.of(seed.ct1(), seed.paysAix())) {
            var stored = app.budgetLines.findById(line).orElseThrow();
            BudgetLine l = stored.value();
            app.defineBudgetLine.define(new DefineBudgetLineCommand(line, stored.version(), l.code(), l.label(), year,
                    Amount.of(envelope), adopted));
        }
    }

    private Saved<AgreementId> confirm2021(SubmissionKey key) {
        return app.as(InMemoryConventio.MANAGER, () -> app.confirmAgreementYear.confirm(new ConfirmAgreementYearCommand(
                seed.agreementId(), Y2021, CONFIRMED_ON, ConfirmationKind.YEARLY_NOTIFICATION, key)));
    }

    @Test
    void d5_a_draft_planned_over_three_years_shows_year_one_granted_and_the_others_to_confirm() {
        planThreeYears();
        MultiYearPlanView view = app.getMultiYearPlan.get(seed.agreementId()).orElseThrow();
        assertThat(view.years()).extracting(MultiYearPlanView.Year::budgetYear)
                .containsExactly(BudgetYear.of(2020), Y2021, BudgetYear.of(2022));
        assertThat(view.years()).extracting(MultiYearPlanView.Year::status)
                .containsExactly(PlannedYearStatus.CONFIRMED, PlannedYearStatus.TO_CONFIRM, PlannedYearStatus.TO_CONFIRM);
        assertThat(view.plannedTotal()).isEqualTo(Amount.of(230_000));
        assertThat(view.confirmedTotal()).isEqualTo(Amount.of(80_000));
        assertThat(view.toConfirmTotal()).isEqualTo(Amount.of(150_000));
    }

    @Test
    void d5_an_annual_draft_again_has_no_plan() {
        planThreeYears();
        app.planMultiYearAgreement.plan(new PlanMultiYearAgreementCommand(seed.agreementId(), null, List.of()));
        assertThat(app.getMultiYearPlan.get(seed.agreementId())).isEmpty();
    }

    @Test
    void d5_signing_commits_year_one_only() {
        planThreeYears();
        openYear(Y2021, 500_000, true);
        seed.approve();
        seed.sign();
        assertThat(app.budgetLines.findById(seed.ct1()).orElseThrow().value().committed(Y2021)).isEqualTo(Amount.ZERO);
        assertThat(app.budgetLines.findById(seed.ct1()).orElseThrow().value().committed(BudgetYear.of(2020))).isEqualTo(Amount.of(30_000));
    }

    @Test
    void d5_confirming_year_two_creates_its_signed_award_with_its_commitments() {
        planThreeYears();
        openYear(Y2021, 500_000, true);
        seed.approve();
        seed.sign();

        Saved<AgreementId> award = confirm2021(SubmissionKey.newKey());

        Agreement a = app.agreements.findById(award.id()).orElseThrow().value();
        assertThat(a.reference().value()).isEqualTo("ECO-2020-SCS-A2");
        assertThat(a.status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(a.budgetYear()).isEqualTo(Y2021);
        assertThat(a.subsidy().votedAmount()).isEqualTo(Amount.of(80_000));
        assertThat(a.signatureDate()).contains(CONFIRMED_ON);
        assertThat(a.associationId()).isEqualTo(seed.associationId());
        assertThat(app.obligations.findByAgreement(award.id())).isNotEmpty();
        assertThat(app.budgetLines.findById(seed.paysAix()).orElseThrow().value().committed(Y2021)).isEqualTo(Amount.of(50_000));

        MultiYearPlanView view = app.getMultiYearPlan.get(award.id()).orElseThrow();
        assertThat(view.years().get(1).status()).isEqualTo(PlannedYearStatus.CONFIRMED);
        assertThat(view.years().get(1).awardReference()).isEqualTo("ECO-2020-SCS-A2");
        assertThat(view.years().get(1).confirmationKind()).isEqualTo(ConfirmationKind.YEARLY_NOTIFICATION);
        assertThat(view.confirmedTotal()).isEqualTo(Amount.of(160_000));
        assertThat(view.nextToConfirm()).isEqualTo(BudgetYear.of(2022));
    }

    @Test
    void d5_a_dry_run_of_a_confirmation_passes_and_stores_nothing() {
        planThreeYears();
        openYear(Y2021, 500_000, true);
        seed.approve();
        seed.sign();
        Map<String, Object> before = app.snapshot();
        var outcome = app.dryRun.dryRun(() -> confirm2021(SubmissionKey.newKey()));
        assertThat(outcome.refusalFound()).isEmpty();
        assertThat(app.snapshot()).isEqualTo(before);
    }

    @Test
    void d5_a_replayed_confirmation_creates_one_award() {
        planThreeYears();
        openYear(Y2021, 500_000, true);
        seed.approve();
        seed.sign();
        SubmissionKey key = SubmissionKey.newKey();
        Saved<AgreementId> first = confirm2021(key);
        Saved<AgreementId> replay = confirm2021(key);
        assertThat(replay.id()).isEqualTo(first.id());
        assertThat(app.agreements.findById(first.id())).isPresent();
        assertThat(app.getMultiYearPlan.get(seed.agreementId()).orElseThrow().years().get(2).status())
                .isEqualTo(PlannedYearStatus.TO_CONFIRM);
    }

    @Test
    void d5_b4_a_year_whose_budget_is_not_adopted_is_refused_before_any_write() {
        planThreeYears();
        openYear(Y2021, 500_000, false);
        seed.approve();
        seed.sign();
        Map<String, Object> before = app.snapshot();
        assertThatThrownBy(() -> confirm2021(SubmissionKey.newKey()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("n'est pas adopté");
        assertThat(app.snapshot()).isEqualTo(before);
    }

    @Test
    void d5_b4_a_year_whose_envelope_is_too_small_is_refused_before_any_write() {
        planThreeYears();
        openYear(Y2021, 40_000, true);
        seed.approve();
        seed.sign();
        Map<String, Object> before = app.snapshot();
        assertThatThrownBy(() -> confirm2021(SubmissionKey.newKey()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("n'a plus que");
        assertThat(app.snapshot()).isEqualTo(before);
    }

    @Test
    void d5_a_year_is_confirmed_only_once_year_one_is_signed() {
        planThreeYears();
        openYear(Y2021, 500_000, true);
        assertThatThrownBy(() -> confirm2021(SubmissionKey.newKey()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("n'est pas signée");
    }

    @Test
    void d5_terminating_year_two_drops_the_years_still_to_confirm() {
        planThreeYears();
        openYear(Y2021, 500_000, true);
        seed.approve();
        seed.sign();
        Saved<AgreementId> award = confirm2021(SubmissionKey.newKey());
        long version = app.agreements.findById(award.id()).orElseThrow().version();
        app.as(InMemoryConventio.MANAGER, () -> app.terminateAgreement.terminate(new fr.conventio.application.termination.TerminateAgreementCommand(
                award.id(), version, fr.conventio.domain.termination.TerminationGround.DISSOLUTION, fr.conventio.domain.termination.Party.FUNDER,
                LocalDate.of(2021, 7, 1), fr.conventio.domain.termination.RestitutionMode.NONE, false)));

        MultiYearPlanView view = app.getMultiYearPlan.get(seed.agreementId()).orElseThrow();
        assertThat(view.years()).extracting(MultiYearPlanView.Year::status)
                .containsExactly(PlannedYearStatus.CONFIRMED, PlannedYearStatus.CONFIRMED, PlannedYearStatus.DROPPED);
        assertThat(view.toConfirmTotal()).isEqualTo(Amount.ZERO);
        assertThat(view.nextToConfirm()).isNull();
    }

    @Test
    void d5_once_signed_the_plan_is_no_longer_edited() {
        planThreeYears();
        seed.approve();
        assertThatThrownBy(() -> app.planMultiYearAgreement.plan(new PlanMultiYearAgreementCommand(seed.agreementId(),
                SettlementMode.YEARLY, List.of(yearly(1, 1))))).isInstanceOf(IllegalTransitionException.class);
    }
}
