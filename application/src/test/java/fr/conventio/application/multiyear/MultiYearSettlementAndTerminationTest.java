package fr.conventio.application.multiyear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.drafting.AgreementTerms;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.funder.DefineBudgetLineCommand;
import fr.conventio.application.lifecycle.SignAgreementCommand;
import fr.conventio.application.payment.RecordPaymentCommand;
import fr.conventio.application.settlement.SettleAgreementCommand;
import fr.conventio.application.settlement.SettleAgreementResult;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.application.termination.SendFormalNoticeCommand;
import fr.conventio.application.termination.TerminateAgreementCommand;
import fr.conventio.application.termination.TerminateAgreementResult;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.agreement.ForecastBudget;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.multiyear.ConfirmationKind;
import fr.conventio.domain.multiyear.PlannedYearStatus;
import fr.conventio.domain.multiyear.SettlementMode;
import fr.conventio.domain.obligation.ObligationSchedule;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.party.BudgetLine;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.payment.PaymentOrderReference;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.settlement.RecoveryOrder;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.RuleViolationException;
import fr.conventio.domain.termination.Party;
import fr.conventio.domain.termination.RestitutionMode;
import fr.conventio.domain.termination.TerminationGround;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * D5 through the use cases, on the ADR 0009 figures: a CPO 2024–2026 at 30 000,00 € a year on CT1, forecast
 * 100 000,00 € of eligible expenses a year, each year's 24 000,00 € advance paid.
 */
class MultiYearSettlementAndTerminationTest {

    private static final BudgetYear Y2024 = BudgetYear.of(2024);
    private static final BudgetYear Y2025 = BudgetYear.of(2025);
    private static final BudgetYear Y2026 = BudgetYear.of(2026);

    private InMemoryConventio app;
    private SeedSteps seed;
    private AgreementId year1;

    @BeforeEach
    void setUp() {
        app = new InMemoryConventio(LocalDate.of(2027, 9, 1));
        seed = new SeedSteps(app);
        seed.setUpParties();
        for (BudgetYear year : List.of(Y2024, Y2025, Y2026)) {
            var stored = app.budgetLines.findById(seed.ct1()).orElseThrow();
            BudgetLine line = stored.value();
            app.defineBudgetLine.define(new DefineBudgetLineCommand(seed.ct1(), stored.version(), line.code(), line.label(), year,
                    Amount.of(500_000), true));
        }
        AgreementTerms t = seed.seedTerms();
        seed.createDraft(new AgreementTerms(AgreementReference.of("CPO-2024-SCS"), t.associationId(), t.signatory(), t.representative(),
                Y2024, t.object(), t.programme(), ForecastBudget.ofEligibleExpenses(Amount.of(100_000)), yearly(), t.paymentTerms()));
        year1 = seed.agreementId();
    }

    private Subsidy yearly() {
        return Subsidy.of(Amount.of(30_000), SubsidyAllocation.of(seed.ct1(), "Budget Principal Métropolitain (CT1)", Amount.of(30_000)));
    }

    /** Plans the CPO in {@code mode}, signs year 1 on 1 February 2024 and pays its advance. */
    private void signed(SettlementMode mode) {
        app.planMultiYearAgreement.plan(new PlanMultiYearAgreementCommand(year1, mode, List.of(yearly(), yearly())));
        seed.approve();
        app.signAgreement.sign(new SignAgreementCommand(year1, version(year1), LocalDate.of(2024, 2, 1)));
        advance(year1, LocalDate.of(2024, 2, 15));
    }

    /** Confirms {@code year} on 20 January of that year and pays its advance on 15 February. */
    private AgreementId confirmedAndAdvanced(BudgetYear year) {
        AgreementId award = app.as(InMemoryConventio.MANAGER, () -> app.confirmAgreementYear.confirm(new ConfirmAgreementYearCommand(
                year1, year, LocalDate.of(year.value(), 1, 20), ConfirmationKind.YEARLY_NOTIFICATION, SubmissionKey.newKey()))).id();
        advance(award, LocalDate.of(year.value(), 2, 15));
        return award;
    }

    private void advance(AgreementId agreement, LocalDate on) {
        app.recordPayment.record(new RecordPaymentCommand(agreement, version(agreement), PaymentKind.ADVANCE,
                List.of(new LineCharge(seed.ct1(), Amount.of(24_000))), on, PaymentOrderReference.of("M-" + on.getYear() + "-0101")));
    }

    private long version(AgreementId agreement) {
        return app.agreements.findById(agreement).orElseThrow().version();
    }

    private List<ObligationType> obligationsOf(AgreementId agreement) {
        return app.obligations.findByAgreement(agreement).stream().map(o -> o.value().type()).toList();
    }

    private SettleAgreementResult settle(AgreementId agreement, String real) {
        return app.as(InMemoryConventio.MANAGER, () -> app.settleAgreement.settle(new SettleAgreementCommand(agreement, version(agreement),
                Amount.of(real), LocalDate.of(2027, 7, 1))));
    }

    // ---------------------------------------------------------------- ONCE_AT_END

    @Test
    @DisplayName("D5 O2: settled once at the end, the years but the last ask no financial report nor balance documents of their own")
    void d5_o2_o10_only_the_last_year_asks_for_the_report_and_balance_documents() {
        signed(SettlementMode.ONCE_AT_END);
        AgreementId year2 = confirmedAndAdvanced(Y2025);
        AgreementId year3 = confirmedAndAdvanced(Y2026);

        assertThat(obligationsOf(year1)).doesNotContainAnyElementsOf(ObligationSchedule.REPORTED_OVER_THE_PERIOD)
                .contains(ObligationType.INSURANCE_CERTIFICATE, ObligationType.ANNUAL_ACCOUNTS);
        assertThat(obligationsOf(year2)).doesNotContainAnyElementsOf(ObligationSchedule.REPORTED_OVER_THE_PERIOD);
        assertThat(obligationsOf(year3)).containsAll(ObligationSchedule.REPORTED_OVER_THE_PERIOD);
    }

    @Test
    @DisplayName("D5 A1: a middle year of a CPO settled once at the end cannot be settled alone, and nothing is written")
    void d5_a1_a_middle_year_is_not_settled_alone() {
        signed(SettlementMode.ONCE_AT_END);
        AgreementId year2 = confirmedAndAdvanced(Y2025);
        confirmedAndAdvanced(Y2026);
        Map<String, Object> before = app.snapshot();

        assertThatThrownBy(() -> settle(year2, "90000")).isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "D5")
                .hasMessageContaining("l'exercice 2025 ne peut pas être liquidé seul")
                .hasMessageContaining("la convention de l'exercice 2026");
        assertThatThrownBy(() -> settle(year1, "90000")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("l'exercice 2024 ne peut pas être liquidé seul");
        assertThat(app.snapshot()).isEqualTo(before);
    }

    @Test
    @DisplayName("D5 A1 worked example: 3 years × 30 000 €, real 270 000 € over the period: final 81 000,00 €, balance 9 000,00 €")
    void d5_a1_the_period_is_settled_once_on_the_last_year() {
        signed(SettlementMode.ONCE_AT_END);
        AgreementId year2 = confirmedAndAdvanced(Y2025);
        AgreementId year3 = confirmedAndAdvanced(Y2026);

        SettleAgreementResult result = settle(year3, "270000");

        assertThat(result.settlement().votedSubsidy()).isEqualTo(Amount.of("90000.00"));
        assertThat(result.settlement().forecastExpenses()).isEqualTo(Amount.of("300000.00"));
        assertThat(result.settlement().finalSubsidy()).isEqualTo(Amount.of("81000.00"));
        assertThat(result.settlement().alreadyPaid()).isEqualTo(Amount.of("72000.00"));
        assertThat(result.settlement().balanceDue()).isEqualTo(Amount.of("9000.00"));
        assertThat(result.agreementVersion()).isEqualTo(version(year3));
        for (AgreementId year : List.of(year1, year2, year3)) {
            assertThat(app.agreements.findById(year).orElseThrow().value().status()).isEqualTo(AgreementStatus.SETTLED);
        }
        assertThat(List.of(year1, year2, year3)).extracting(y -> app.files.load(y).account().balanceDue())
                .containsExactly(Amount.ZERO, Amount.of("3000.00"), Amount.of("6000.00"));
        assertThat(List.of(year1, year2, year3)).extracting(y -> app.files.load(y).account().finalSubsidy().orElseThrow())
                .containsExactly(Amount.of("24000.00"), Amount.of("27000.00"), Amount.of("30000.00"));
    }

    @Test
    @DisplayName("D5 A2: real 210 000 € over the period: overpaid 9 000,00 €, one recovery order of exactly that on the last year")
    void d5_a2_an_overpayment_over_the_period_gives_one_recovery_order_on_the_last_year() {
        signed(SettlementMode.ONCE_AT_END);
        confirmedAndAdvanced(Y2025);
        AgreementId year3 = confirmedAndAdvanced(Y2026);

        SettleAgreementResult result = settle(year3, "210000");

        assertThat(result.settlement().finalSubsidy()).isEqualTo(Amount.of("63000.00"));
        assertThat(result.settlement().overpayment()).isEqualTo(Amount.of("9000.00"));
        assertThat(app.files.load(year3).account().overpaymentToClaim()).isEqualTo(Amount.of("9000.00"));
        assertThat(app.files.load(year1).account().totalOutstanding()).isEqualTo(Amount.ZERO);
        var order = app.issueRecoveryOrder.issue(new fr.conventio.application.settlement.IssueRecoveryOrderCommand(year3, version(year3),
                RecoveryGround.OVERPAYMENT, Amount.of("9000.00"), LocalDate.of(2027, 7, 15), SubmissionKey.newKey()));
        assertThat(order.number()).isNotNull();
    }

    @Test
    @DisplayName("D5 A1: settled each year (YEARLY), a year is settled on its own as before")
    void d5_a1_yearly_mode_stays_as_today() {
        signed(SettlementMode.YEARLY);
        AgreementId year2 = confirmedAndAdvanced(Y2025);
        assertThat(obligationsOf(year1)).containsAll(ObligationSchedule.REPORTED_OVER_THE_PERIOD);

        SettleAgreementResult result = settle(year1, "90000");

        assertThat(result.settlement().finalSubsidy()).isEqualTo(Amount.of("27000.00"));
        assertThat(result.settlement().balanceDue()).isEqualTo(Amount.of("3000.00"));
        assertThat(app.agreements.findById(year2).orElseThrow().value().status()).isEqualTo(AgreementStatus.SIGNED);
    }

    // ---------------------------------------------------------------- T3 over the years covered

    @Test
    @DisplayName("D5 T3 ADR 0009 example: 2024–2026 at 30 000 €, effect 1 July 2025: kept 44 897,40 €, owed 3 102,60 € by one order")
    void d5_t3_terminating_year_two_keeps_pro_rata_temporis_of_the_years_covered() {
        signed(SettlementMode.YEARLY);
        AgreementId year2 = confirmedAndAdvanced(Y2025);
        app.sendFormalNotice.send(new SendFormalNoticeCommand(year2, version(year2), Party.FUNDER, LocalDate.of(2025, 5, 15),
                "RAR 1A 234 567 8901 2", "Actions de la catégorie I non engagées"));

        TerminateAgreementResult terminated = app.terminateAgreement.terminate(new TerminateAgreementCommand(year2, version(year2),
                TerminationGround.BREACH_AFTER_NOTICE, Party.FUNDER, LocalDate.of(2025, 7, 1), RestitutionMode.PRO_RATA_TEMPORIS, true));

        assertThat(terminated.outcome().amountKept()).isEqualTo(Amount.of("44897.40"));
        assertThat(terminated.outcome().amountToRestitute()).isEqualTo(Amount.of("3102.60"));
        List<RecoveryOrder> orders = app.recoveryOrders.findByAgreement(year2).stream().map(v -> v.value()).toList();
        assertThat(orders).hasSize(1);
        assertThat(orders.getFirst().amount()).isEqualTo(Amount.of("3102.60"));
        assertThat(orders.getFirst().ground()).isEqualTo(RecoveryGround.TERMINATION_RESTITUTION);
        assertThat(app.recoveryOrders.findByAgreement(year1)).isEmpty();
        assertThat(app.getMultiYearPlan.get(year1).orElseThrow().years()).extracting(MultiYearPlanView.Year::status)
                .containsExactly(PlannedYearStatus.CONFIRMED, PlannedYearStatus.CONFIRMED, PlannedYearStatus.DROPPED);
    }

    @Test
    @DisplayName("D5 T3: full restitution of a CPO year keeps today's behaviour (what that year's agreement holds)")
    void d5_t3_full_restitution_is_decided_on_the_year_as_before() {
        signed(SettlementMode.YEARLY);
        AgreementId year2 = confirmedAndAdvanced(Y2025);
        app.sendFormalNotice.send(new SendFormalNoticeCommand(year2, version(year2), Party.FUNDER, LocalDate.of(2025, 5, 15),
                "RAR 1A 234 567 8901 2", "Actions de la catégorie I non engagées"));

        TerminateAgreementResult terminated = app.terminateAgreement.terminate(new TerminateAgreementCommand(year2, version(year2),
                TerminationGround.BREACH_AFTER_NOTICE, Party.FUNDER, LocalDate.of(2025, 7, 1), RestitutionMode.FULL, false));

        assertThat(terminated.outcome().amountToRestitute()).isEqualTo(Amount.of("24000.00"));
    }
}
