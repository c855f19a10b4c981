package fr.conventio.domain.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ObligationScheduleTest {

    private static final LocalDate SIGNED_ON = LocalDate.of(2020, 3, 2);
    private static final LocalDate YEAR_END = LocalDate.of(2020, 12, 31);

    /** The seed: 80 000,00 € from the Métropole, budget 1 040 335,00 €, public subsidies below 153 000,00 € (assumed). */
    private static ObligationScheduleInput seed(Amount annualSubsidies, Amount totalBudget, Amount publicSubsidies, LocalDate gaApproval) {
        return new ObligationScheduleInput(SIGNED_ON, BudgetYear.of(2020), YEAR_END, annualSubsidies.min(Amount.of(80_000)), annualSubsidies,
                totalBudget, publicSubsidies, YEAR_END, gaApproval);
    }

    private static ObligationScheduleInput seed() {
        return seed(Amount.of(80_000), Amount.of(1_040_335), Amount.of(80_000), null);
    }

    private static Map<ObligationType, LocalDate> dueDates(ObligationScheduleInput input) {
        return ObligationSchedule.plan(input).stream()
                .collect(Collectors.toMap(ScheduledObligation::type, ScheduledObligation::dueDate));
    }

    @Test
    void o1_insurance_certificate_due_at_signature() {
        assertThat(dueDates(seed())).containsEntry(ObligationType.INSURANCE_CERTIFICATE, SIGNED_ON);
    }

    @Test
    void o2_financial_report_due_six_months_after_fiscal_year_end() {
        assertThat(dueDates(seed())).containsEntry(ObligationType.FINANCIAL_REPORT, LocalDate.of(2021, 6, 30));
    }

    @Test
    void o3_annual_accounts_due_six_months_after_the_year_closes() {
        assertThat(dueDates(seed())).containsEntry(ObligationType.ANNUAL_ACCOUNTS, LocalDate.of(2021, 6, 30));
        // a fiscal year closing on 30 June: due on 31 December, not 30 December
        ObligationScheduleInput june = new ObligationScheduleInput(SIGNED_ON, BudgetYear.of(2020), LocalDate.of(2020, 6, 30),
                Amount.of(80_000), Amount.of(80_000), Amount.of(1_040_335), Amount.of(80_000), YEAR_END, null);
        assertThat(dueDates(june)).containsEntry(ObligationType.ANNUAL_ACCOUNTS, LocalDate.of(2020, 12, 31));
    }

    @Test
    void o4_certified_accounts_when_subsidies_exceed_75000() {
        assertThat(dueDates(seed())).containsEntry(ObligationType.CERTIFIED_ACCOUNTS, LocalDate.of(2021, 6, 30));
        assertThat(dueDates(seed(Amount.of(75_000), Amount.of(1_040_335), Amount.of(75_000), null)))
                .doesNotContainKey(ObligationType.CERTIFIED_ACCOUNTS);
        assertThat(ObligationSchedule.requiresCertifiedAccounts(Amount.of("75000.01"), Amount.of(1_000_000))).isTrue();
    }

    @Test
    void o4_certified_accounts_when_subsidies_exceed_half_the_budget() {
        assertThat(ObligationSchedule.requiresCertifiedAccounts(Amount.of(50_000), Amount.of(99_999))).isTrue();
        assertThat(ObligationSchedule.requiresCertifiedAccounts(Amount.of(50_000), Amount.of(100_000))).isFalse();
    }

    @Test
    void o5_auditor_and_publication_only_above_153000_of_public_subsidies() {
        assertThat(dueDates(seed())).doesNotContainKeys(ObligationType.AUDITOR_REPORT, ObligationType.ACCOUNTS_PUBLICATION);
        assertThat(dueDates(seed(Amount.of(153_000), Amount.of(1_040_335), Amount.of(153_000), null)))
                .doesNotContainKey(ObligationType.AUDITOR_REPORT);

        Map<ObligationType, LocalDate> above = dueDates(seed(Amount.of(80_000), Amount.of(1_040_335), Amount.of("153000.01"), null));
        // approval date unknown: six months (legal approval deadline) + three months
        assertThat(above).containsEntry(ObligationType.AUDITOR_REPORT, LocalDate.of(2021, 9, 30))
                .containsEntry(ObligationType.ACCOUNTS_PUBLICATION, LocalDate.of(2021, 9, 30));
    }

    @Test
    void o5_publication_three_months_after_general_assembly_approval() {
        Map<ObligationType, LocalDate> due = dueDates(seed(Amount.of(80_000), Amount.of(1_040_335), Amount.of(200_000),
                LocalDate.of(2021, 5, 20)));

        assertThat(due).containsEntry(ObligationType.ACCOUNTS_PUBLICATION, LocalDate.of(2021, 8, 20));
    }

    @Test
    void o6_activity_report_minutes_and_board_changes_with_the_accounts() {
        assertThat(dueDates(seed())).containsEntry(ObligationType.ACTIVITY_REPORT, LocalDate.of(2021, 6, 30))
                .containsEntry(ObligationType.GENERAL_ASSEMBLY_MINUTES, LocalDate.of(2021, 6, 30))
                .containsEntry(ObligationType.BOARD_CHANGES, LocalDate.of(2021, 6, 30));
    }

    @Test
    void o7_communication_proof_due_at_the_end_of_the_operation() {
        assertThat(dueDates(seed())).containsEntry(ObligationType.COMMUNICATION_PROOF, YEAR_END);
        assertThat(ObligationType.COMMUNICATION_PROOF.ruleId()).isEqualTo("O7");
    }

    @Test
    void o8_progress_information_due_at_the_end_of_the_operation() {
        ObligationScheduleInput endsInSeptember = new ObligationScheduleInput(SIGNED_ON, BudgetYear.of(2020), YEAR_END, Amount.of(80_000),
                Amount.of(80_000), Amount.of(1_040_335), Amount.of(80_000), LocalDate.of(2020, 9, 30), null);

        assertThat(dueDates(endsInSeptember)).containsEntry(ObligationType.PROGRESS_INFORMATION, LocalDate.of(2020, 9, 30))
                .containsEntry(ObligationType.EVALUATION_MEETING, LocalDate.of(2020, 11, 30));
    }

    @Test
    void o9_evaluation_meeting_by_28_february_2021() {
        assertThat(dueDates(seed())).containsEntry(ObligationType.EVALUATION_MEETING, LocalDate.of(2021, 2, 28));
        assertThat(ObligationSchedule.monthsAfter(LocalDate.of(2023, 12, 31), 2)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(ObligationSchedule.monthsAfter(LocalDate.of(2020, 10, 15), 2)).isEqualTo(LocalDate.of(2020, 12, 15));
    }

    @Test
    void o10_the_three_balance_documents_due_with_the_financial_report() {
        assertThat(dueDates(seed())).containsEntry(ObligationType.FINAL_INCOME_STATEMENT, LocalDate.of(2021, 6, 30))
                .containsEntry(ObligationType.QUALITATIVE_QUANTITATIVE_REPORT, LocalDate.of(2021, 6, 30))
                .containsEntry(ObligationType.CERTIFIED_LAST_ACCOUNTS, LocalDate.of(2021, 6, 30));
    }

    @Test
    void the_seed_schedule_has_every_applicable_obligation_once_pending() {
        AgreementId agreement = AgreementId.newId();
        List<Obligation> obligations = ObligationSchedule.generate(agreement, seed());

        assertThat(obligations).extracting(Obligation::type, Obligation::status, Obligation::agreementId)
                .contains(tuple(ObligationType.INSURANCE_CERTIFICATE, ObligationStatus.PENDING, agreement));
        assertThat(obligations).hasSize(13).extracting(Obligation::type).doesNotHaveDuplicates()
                .doesNotContain(ObligationType.AUDITOR_REPORT, ObligationType.ACCOUNTS_PUBLICATION);
    }

    private static ObligationScheduleInput operationEnding(LocalDate end) {
        return new ObligationScheduleInput(SIGNED_ON, BudgetYear.of(2020), YEAR_END, Amount.of(80_000),
                Amount.of(80_000), Amount.of(1_040_335), Amount.of(80_000), end, null);
    }

    @Test
    void o9_d4_evaluation_meeting_two_months_after_a_festival_ending_15_july_2024() {
        assertThat(dueDates(operationEnding(LocalDate.of(2024, 7, 15))))
                .containsEntry(ObligationType.EVALUATION_MEETING, LocalDate.of(2024, 9, 15))
                .containsEntry(ObligationType.COMMUNICATION_PROOF, LocalDate.of(2024, 7, 15));
    }

    @Test
    void o9_d4_end_of_month_cases() {
        assertThat(dueDates(operationEnding(LocalDate.of(2020, 12, 31)))).containsEntry(ObligationType.EVALUATION_MEETING, LocalDate.of(2021, 2, 28));
        assertThat(dueDates(operationEnding(LocalDate.of(2023, 12, 31)))).containsEntry(ObligationType.EVALUATION_MEETING, LocalDate.of(2024, 2, 29));
        assertThat(dueDates(operationEnding(LocalDate.of(2021, 6, 30)))).containsEntry(ObligationType.EVALUATION_MEETING, LocalDate.of(2021, 8, 31));
        assertThat(dueDates(operationEnding(LocalDate.of(2021, 12, 30)))).containsEntry(ObligationType.EVALUATION_MEETING, LocalDate.of(2022, 2, 28));
    }

    @Test
    void d4_the_schedule_counts_from_the_agreement_operation_period() {
        fr.conventio.domain.agreement.Agreement agreement = fr.conventio.domain.agreement.AgreementFixtures.seedAgreement();
        agreement.changeOperationPeriod(new fr.conventio.domain.shared.DatePeriod(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 7, 15)));
        agreement.approve(fr.conventio.domain.agreement.AgreementFixtures.seedDeliberation());
        agreement.sign(fr.conventio.domain.agreement.AgreementFixtures.SIGNATURE_DATE);

        ObligationScheduleInput input = ObligationScheduleInput.atSignature(agreement, fr.conventio.domain.agreement.AgreementFixtures.seedAssociation());

        assertThat(input.operationEnd()).isEqualTo(LocalDate.of(2020, 7, 15));
        assertThat(dueDates(input)).containsEntry(ObligationType.EVALUATION_MEETING, LocalDate.of(2020, 9, 15));
    }

    @Test
    void o5_without_general_assembly_date_the_publication_is_due_nine_months_after_the_year_end_provisionally() {
        ObligationScheduleInput unknown = seed(Amount.of(80_000), Amount.of(1_040_335), Amount.of(200_000), null);
        ObligationScheduleInput known = seed(Amount.of(80_000), Amount.of(1_040_335), Amount.of(200_000), LocalDate.of(2021, 5, 20));

        assertThat(dueDates(unknown)).containsEntry(ObligationType.ACCOUNTS_PUBLICATION, LocalDate.of(2021, 9, 30));
        assertThat(dueDates(known)).containsEntry(ObligationType.ACCOUNTS_PUBLICATION, LocalDate.of(2021, 8, 20));
    }

    @Test
    void d5_o2_o10_a_year_of_a_cpo_settled_once_at_the_end_asks_no_report_nor_balance_documents_of_its_own() {
        AgreementId year = AgreementId.newId();
        List<ObligationType> own = ObligationSchedule.generate(year, seed(), false).stream().map(Obligation::type).toList();
        List<ObligationType> overPeriod = ObligationSchedule.generate(year, seed(), true).stream().map(Obligation::type).toList();

        assertThat(own).containsAll(ObligationSchedule.REPORTED_OVER_THE_PERIOD);
        assertThat(overPeriod).doesNotContainAnyElementsOf(ObligationSchedule.REPORTED_OVER_THE_PERIOD);
        assertThat(overPeriod).contains(ObligationType.INSURANCE_CERTIFICATE, ObligationType.ANNUAL_ACCOUNTS, ObligationType.ACTIVITY_REPORT);
        assertThat(own.size() - overPeriod.size()).isEqualTo(4);
    }
}
