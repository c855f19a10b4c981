package fr.conventio.domain.multiyear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.DatePeriod;
import fr.conventio.domain.shared.IllegalTransitionException;
import fr.conventio.domain.shared.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import fr.conventio.domain.termination.Party;
import fr.conventio.domain.termination.RestitutionMode;
import fr.conventio.domain.termination.TerminationGround;
import fr.conventio.domain.termination.TerminationOutcome;

class MultiYearPlanTest {

    private final BudgetLineId line = BudgetLineId.newId();
    private final AgreementId head = AgreementId.newId();
    private static final LocalDate SIGNED = LocalDate.of(2024, 2, 1);

    private MultiYearPlan threeYears() {
        return MultiYearPlan.create(head, BudgetYear.of(2024), Amount.of(30000), SettlementMode.YEARLY,
                List.of(Subsidy.onSingleLine(line, Amount.of(30000)), Subsidy.onSingleLine(line, Amount.of(30000))));
    }

    @Test
    void d5_a_cpo_covers_two_to_four_consecutive_years_each_with_its_amount() {
        MultiYearPlan plan = threeYears();
        assertThat(plan.yearCount()).isEqualTo(3);
        assertThat(plan.laterYears()).extracting(PlannedYear::budgetYear).containsExactly(BudgetYear.of(2025), BudgetYear.of(2026));
        assertThat(plan.laterYears()).extracting(PlannedYear::rank).containsExactly(2, 3);
        assertThat(plan.period()).isEqualTo(new DatePeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)));
        assertThat(plan.plannedTotal()).isEqualTo(Amount.of(90000));
    }

    @Test
    void d5_one_year_or_five_years_is_refused() {
        assertThatThrownBy(() -> MultiYearPlan.create(head, BudgetYear.of(2024), Amount.of(30000), SettlementMode.YEARLY, List.of()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("de deux à quatre");
        List<Subsidy> four = List.of(Subsidy.onSingleLine(line, Amount.of(1)), Subsidy.onSingleLine(line, Amount.of(1)),
                Subsidy.onSingleLine(line, Amount.of(1)), Subsidy.onSingleLine(line, Amount.of(1)));
        assertThatThrownBy(() -> MultiYearPlan.create(head, BudgetYear.of(2024), Amount.of(30000), SettlementMode.YEARLY, four))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("(ici 5)");
    }

    @Test
    void d5_years_must_follow_each_other_when_rebuilt() {
        List<PlannedYear> gap = List.of(PlannedYear.toConfirm(2, BudgetYear.of(2026), Subsidy.onSingleLine(line, Amount.of(1))));
        assertThatThrownBy(() -> MultiYearPlan.rehydrate(head, BudgetYear.of(2024), Amount.of(1), SettlementMode.YEARLY, gap, null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("se suivent");
    }

    @Test
    void d5_only_year_one_is_granted_until_a_later_year_is_confirmed() {
        MultiYearPlan plan = threeYears();
        assertThat(plan.confirmedTotal()).isEqualTo(Amount.of(30000));
        assertThat(plan.toConfirmTotal()).isEqualTo(Amount.of(60000));
        assertThat(plan.nextToConfirm()).map(PlannedYear::budgetYear).contains(BudgetYear.of(2025));
    }

    @Test
    void d5_confirming_year_two_by_a_yearly_notification_grants_its_amount() {
        MultiYearPlan plan = threeYears();
        AgreementId award = AgreementId.newId();
        PlannedYear confirmed = plan.confirm(BudgetYear.of(2025), LocalDate.of(2025, 1, 15), ConfirmationKind.YEARLY_NOTIFICATION,
                award, SIGNED, true);
        assertThat(confirmed.status()).isEqualTo(PlannedYearStatus.CONFIRMED);
        assertThat(confirmed.confirmation().awardId()).isEqualTo(award);
        assertThat(plan.confirmedTotal()).isEqualTo(Amount.of(60000));
        assertThat(plan.toConfirmTotal()).isEqualTo(Amount.of(30000));
        assertThat(plan.nextToConfirm()).map(PlannedYear::budgetYear).contains(BudgetYear.of(2026));
    }

    @Test
    void d5_years_are_confirmed_in_order_and_once() {
        MultiYearPlan plan = threeYears();
        assertThatThrownBy(() -> plan.confirm(BudgetYear.of(2026), LocalDate.of(2026, 1, 15), ConfirmationKind.FINANCIAL_AMENDMENT,
                AgreementId.newId(), SIGNED, true)).isInstanceOf(RuleViolationException.class).hasMessageContaining("dans l'ordre");
        plan.confirm(BudgetYear.of(2025), LocalDate.of(2025, 1, 15), ConfirmationKind.FINANCIAL_AMENDMENT, AgreementId.newId(), SIGNED, true);
        assertThatThrownBy(() -> plan.confirm(BudgetYear.of(2025), LocalDate.of(2025, 2, 15), ConfirmationKind.FINANCIAL_AMENDMENT,
                AgreementId.newId(), SIGNED, true)).isInstanceOf(RuleViolationException.class).hasMessageContaining("déjà confirmé");
        assertThatThrownBy(() -> plan.confirm(BudgetYear.of(2027), LocalDate.of(2027, 1, 15), ConfirmationKind.FINANCIAL_AMENDMENT,
                AgreementId.newId(), SIGNED, true)).isInstanceOf(RuleViolationException.class).hasMessageContaining("n'est pas une année suivante");
    }

    @Test
    void d5_a_year_is_confirmed_only_once_its_budget_is_adopted_and_year_one_is_signed() {
        MultiYearPlan plan = threeYears();
        assertThatThrownBy(() -> plan.confirm(BudgetYear.of(2025), LocalDate.of(2025, 1, 15), ConfirmationKind.YEARLY_NOTIFICATION,
                AgreementId.newId(), SIGNED, false)).isInstanceOf(RuleViolationException.class).hasMessageContaining("n'est pas adopté");
        assertThatThrownBy(() -> plan.confirm(BudgetYear.of(2025), LocalDate.of(2025, 1, 15), ConfirmationKind.YEARLY_NOTIFICATION,
                AgreementId.newId(), null, true)).isInstanceOf(RuleViolationException.class).hasMessageContaining("n'est pas signée");
        assertThatThrownBy(() -> plan.confirm(BudgetYear.of(2025), LocalDate.of(2024, 1, 15), ConfirmationKind.YEARLY_NOTIFICATION,
                AgreementId.newId(), SIGNED, true)).isInstanceOf(RuleViolationException.class).hasMessageContaining("ne peut précéder");
        assertThat(plan.confirmedTotal()).isEqualTo(Amount.of(30000));
    }

    @Test
    void d5_yearly_award_reference_is_suffixed_with_its_rank() {
        assertThat(MultiYearPlan.awardReference(AgreementReference.of("CPO-2024-001"), 2)).isEqualTo(AgreementReference.of("CPO-2024-001-A2"));
        String sixty = "X".repeat(AgreementReference.MAX_LENGTH);
        assertThat(MultiYearPlan.awardReference(AgreementReference.of(sixty), 3).value()).hasSize(AgreementReference.MAX_LENGTH).endsWith("-A3");
    }

    @Test
    void d5_t3_termination_keeps_pro_rata_temporis_of_the_period_actually_covered() {
        // 3 years 2024–2026 at 30 000 €/year, year 2 confirmed, terminated with effect on 1 July 2025:
        // covered 1 Jan 2024 – 31 Dec 2025 = 366 + 365 = 731 days; elapsed 366 + 181 = 547 days;
        // kept 60 000 × 547 / 731 = 44 897,400820... → 44 897,40 €.
        MultiYearPlan plan = threeYears();
        plan.confirm(BudgetYear.of(2025), LocalDate.of(2025, 1, 15), ConfirmationKind.YEARLY_NOTIFICATION, AgreementId.newId(), SIGNED, true);
        LocalDate effect = LocalDate.of(2025, 7, 1);
        assertThat(plan.coveredPeriod(effect)).isEqualTo(new DatePeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)));
        assertThat(plan.coveredPeriod(effect).days()).isEqualTo(731);
        assertThat(plan.coveredPeriod(effect).daysElapsedBefore(effect)).isEqualTo(547);
        assertThat(plan.grantedForCoveredYears(effect)).isEqualTo(Amount.of(60000));
        assertThat(plan.keptOnTermination(effect)).isEqualTo(Amount.of("44897.40"));
    }

    @Test
    void d5_t3_termination_in_an_unconfirmed_year_covers_only_the_years_granted() {
        MultiYearPlan plan = threeYears();
        LocalDate effect = LocalDate.of(2025, 7, 1);
        assertThat(plan.coveredPeriod(effect)).isEqualTo(BudgetYear.of(2024).period());
        assertThat(plan.keptOnTermination(effect)).isEqualTo(Amount.of(30000));
    }

    @Test
    void d5_t3_termination_in_year_one_is_the_annual_figure() {
        // same as T3's worked example: 80 000 × 182 / 366 = 39 781,42 when the effect is 1 July 2020
        MultiYearPlan plan = MultiYearPlan.create(head, BudgetYear.of(2020), Amount.of(80000), SettlementMode.YEARLY,
                List.of(Subsidy.onSingleLine(line, Amount.of(80000))));
        assertThat(plan.keptOnTermination(LocalDate.of(2020, 7, 1))).isEqualTo(Amount.of("39781.42"));
    }

    @Test
    void d5_termination_drops_the_later_years_still_to_confirm() {
        MultiYearPlan plan = threeYears();
        plan.confirm(BudgetYear.of(2025), LocalDate.of(2025, 1, 15), ConfirmationKind.YEARLY_NOTIFICATION, AgreementId.newId(), SIGNED, true);
        plan.terminate(LocalDate.of(2025, 7, 1));
        assertThat(plan.laterYears()).extracting(PlannedYear::status).containsExactly(PlannedYearStatus.CONFIRMED, PlannedYearStatus.DROPPED);
        assertThat(plan.toConfirmTotal()).isEqualTo(Amount.ZERO);
        assertThat(plan.plannedTotal()).isEqualTo(Amount.of(60000));
        assertThat(plan.nextToConfirm()).isEmpty();
        assertThatThrownBy(() -> plan.confirm(BudgetYear.of(2026), LocalDate.of(2026, 1, 15), ConfirmationKind.YEARLY_NOTIFICATION,
                AgreementId.newId(), SIGNED, true)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void d5_settlement_once_at_end_is_a_setting_of_the_plan() {
        MultiYearPlan plan = MultiYearPlan.create(head, BudgetYear.of(2024), Amount.of(30000), SettlementMode.ONCE_AT_END,
                List.of(Subsidy.onSingleLine(line, Amount.of(30000))));
        assertThat(plan.settlementMode()).isEqualTo(SettlementMode.ONCE_AT_END);
        assertThat(plan.settlementMode().label()).isEqualTo("une fois, à la fin de la période");
    }

    private MultiYearPlan threeYearsOnceAtEnd() {
        return MultiYearPlan.create(head, BudgetYear.of(2024), Amount.of(30000), SettlementMode.ONCE_AT_END,
                List.of(Subsidy.onSingleLine(line, Amount.of(30000)), Subsidy.onSingleLine(line, Amount.of(30000))));
    }

    @Test
    @DisplayName("D5 O2 A1: settled once at the end, the years but the last report and settle over the period")
    void d5_once_at_end_the_years_but_the_last_report_over_the_period() {
        MultiYearPlan plan = threeYearsOnceAtEnd();
        AgreementId year2 = AgreementId.newId();
        AgreementId year3 = AgreementId.newId();
        plan.confirm(BudgetYear.of(2025), LocalDate.of(2025, 1, 15), ConfirmationKind.YEARLY_NOTIFICATION, year2, SIGNED, true);
        plan.confirm(BudgetYear.of(2026), LocalDate.of(2026, 1, 15), ConfirmationKind.YEARLY_NOTIFICATION, year3, SIGNED, true);

        assertThat(plan.memberAgreements()).containsExactly(head, year2, year3);
        assertThat(plan.reportsOverThePeriod(head)).isTrue();
        assertThat(plan.reportsOverThePeriod(year2)).isTrue();
        assertThat(plan.reportsOverThePeriod(year3)).isFalse();
        assertThat(plan.reportsOverThePeriod(AgreementId.newId())).isFalse();
        assertThat(plan.settledTogetherWith(year3)).containsExactly(head, year2, year3);
        assertThat(plan.settledTogetherWith(year2)).isEmpty();
        assertThatThrownBy(() -> plan.requireSettleableAlone(year2)).isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "D5")
                .hasMessage("cette convention pluriannuelle se liquide une fois, sur toute la période (2024 à 2026) : l'exercice 2025"
                        + " ne peut pas être liquidé seul ; la liquidation se fait sur la convention de l'exercice 2026");
        plan.requireSettleableAlone(year3);
    }

    @Test
    @DisplayName("D5 A1: settled each year (YEARLY), every year reports and settles on its own, as before")
    void d5_yearly_every_year_settles_on_its_own() {
        MultiYearPlan plan = threeYears();
        AgreementId year2 = AgreementId.newId();
        plan.confirm(BudgetYear.of(2025), LocalDate.of(2025, 1, 15), ConfirmationKind.YEARLY_NOTIFICATION, year2, SIGNED, true);
        assertThat(plan.reportsOverThePeriod(head)).isFalse();
        assertThat(plan.reportsOverThePeriod(year2)).isFalse();
        assertThat(plan.settledTogetherWith(year2)).isEmpty();
        plan.requireSettleableAlone(head);
    }

    @Test
    @DisplayName("D5 T3: pro rata temporis over the years covered: 48 000,00 € received, kept 44 897,40 €, owed 3 102,60 €")
    void d5_t3_what_is_owed_is_what_was_received_on_the_covered_years_above_what_is_kept() {
        MultiYearPlan plan = threeYears();
        AgreementId year2 = AgreementId.newId();
        plan.confirm(BudgetYear.of(2025), LocalDate.of(2025, 1, 15), ConfirmationKind.YEARLY_NOTIFICATION, year2, SIGNED, true);
        LocalDate effect = LocalDate.of(2025, 7, 1);
        TerminationOutcome yearly = new TerminationOutcome(effect, TerminationGround.BREACH_AFTER_NOTICE, Party.FUNDER,
                RestitutionMode.PRO_RATA_TEMPORIS, Amount.of("12032.88"), Amount.of("11967.12"));

        TerminationOutcome overPeriod = plan.overTheYearsCovered(yearly, Amount.of(48000));

        assertThat(plan.coveredAgreements(effect)).containsExactly(head, year2);
        assertThat(overPeriod.amountKept()).isEqualTo(Amount.of("44897.40"));
        assertThat(overPeriod.amountToRestitute()).isEqualTo(Amount.of("3102.60"));
        assertThat(overPeriod.effectiveDate()).isEqualTo(effect);
        TerminationOutcome full = new TerminationOutcome(effect, TerminationGround.BREACH_AFTER_NOTICE, Party.FUNDER,
                RestitutionMode.FULL, Amount.ZERO, Amount.of(24000));
        assertThat(plan.overTheYearsCovered(full, Amount.of(48000))).isEqualTo(full);
    }
}
