package fr.conventio.domain.account;

import static fr.conventio.domain.account.SeedFile.CT1;
import static fr.conventio.domain.account.SeedFile.PAYS_D_AIX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.payment.PaymentRequest;
import fr.conventio.domain.settlement.FundingDecisionKind;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.DomainException;
import fr.conventio.domain.shared.IllegalTransitionException;
import fr.conventio.domain.shared.RuleViolationException;
import fr.conventio.domain.termination.RestitutionMode;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

/** The account of the real 2020 agreement through its life: every figure, with the rule that decides it. */
class AgreementAccountTest {

    private static final LocalDate DOCUMENTS_DAY = LocalDate.of(2021, 6, 30);
    private static final LocalDate BALANCE_DAY = LocalDate.of(2021, 7, 15);

    private static Amount euros(String value) {
        return Amount.of(value);
    }

    @Nested
    class Caps {

        @Test
        void v1_the_seed_advance_cap_is_64000_and_the_balance_part_16000() {
            AgreementAccount account = SeedFile.signed().account();

            assertThat(account.advanceCap()).isEqualTo(euros("64000.00"));
            assertThat(account.balancePart()).isEqualTo(euros("16000.00"));
            assertThat(account.advanceAvailable()).isEqualTo(euros("64000.00"));
        }

        @Test
        void v1_a_cap_is_rounded_down_never_above_the_rate() {
            SeedFile file = SeedFile.draft();
            file.agreement().changeSubsidy(Subsidy.of(euros("1234.57"),
                    SubsidyAllocation.of(CT1, "CT1", euros("1234.57"))));

            AgreementAccount account = file.account();

            // 80 % of 1 234,57 € is 987,656 €: half-up would allow 987,66 €, one cent above the rate
            assertThat(account.advanceCap()).isEqualTo(euros("987.65"));
            assertThat(account.balancePart()).isEqualTo(euros("246.92"));
        }

        @Test
        void v1_no_advance_is_available_before_signature() {
            AgreementAccount draft = SeedFile.draft().account();

            assertThat(draft.advanceAvailable()).isEqualTo(Amount.ZERO);
            assertThat(draft.balanceDue()).isEqualTo(Amount.ZERO);
            assertThat(draft.lines()).extracting(LineAccount::committed).containsOnly(Amount.ZERO);
        }

        @Test
        void v1_the_advance_available_goes_down_with_each_advance() {
            AgreementAccount account = SeedFile.signed().advance("24000", CT1).account();

            assertThat(account.advancesPaid()).isEqualTo(euros("24000"));
            assertThat(account.advanceAvailable()).isEqualTo(euros("40000"));
            assertThat(account.proposedCharges(PaymentKind.ADVANCE))
                    .extracting(LineCharge::budgetLineId, LineCharge::amount)
                    // what each line has left of its share: 6 000 on CT1, 50 000 on the Pays d'Aix line
                    .containsExactly(tuple(CT1, euros("4285.71")), tuple(PAYS_D_AIX, euros("35714.29")));
        }

        @Test
        void v3_a_cancelled_payment_no_longer_counts() {
            AgreementAccount account = SeedFile.signed().advance("24000", CT1).cancelLastPayment(LocalDate.of(2020, 3, 5)).account();

            assertThat(account.paid()).isEqualTo(Amount.ZERO);
            assertThat(account.cancelled()).isEqualTo(euros("24000"));
            assertThat(account.advanceAvailable()).isEqualTo(euros("64000"));
            assertThat(account.line(CT1).orElseThrow().paid()).isEqualTo(Amount.ZERO);
        }

        @Test
        void the_account_refuses_records_of_another_agreement() {
            SeedFile other = SeedFile.signed().advance("1000", CT1);
            SeedFile file = SeedFile.draft();
            fr.conventio.domain.agreement.Agreement foreign = fr.conventio.domain.agreement.Agreement.create(
                    fr.conventio.domain.shared.AgreementId.newId(), fr.conventio.domain.agreement.AgreementReference.of("AUTRE-1"),
                    file.agreement().funderId(), file.agreement().associationId(), file.agreement().signatory(),
                    file.agreement().representative(), file.agreement().budgetYear(), file.agreement().object(),
                    file.agreement().programme(), file.agreement().forecastBudget(), file.agreement().subsidy(),
                    file.agreement().paymentTerms(), "instructeur");

            assertThatThrownBy(() -> AgreementAccount.of(foreign, other.payments(), List.of(),
                    fr.conventio.domain.control.AgreementControl.empty(foreign.id()), List.of()))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("appartient à une autre convention");
        }
    }

    @Nested
    class Settlement {

        @Test
        void a1_underspent_at_90_percent_final_72000_balance_8000_and_the_lines_release_8000() {
            AgreementAccount account = SeedFile.signed().advances64000().settle("936301.50").account();

            assertThat(account.finalSubsidy()).contains(euros("72000.00"));
            assertThat(account.adjustedSubsidy()).isEqualTo(euros("72000.00"));
            assertThat(account.balanceDue()).isEqualTo(euros("8000.00"));
            assertThat(account.owed(RecoveryGround.OVERPAYMENT)).isEqualTo(Amount.ZERO);
            // B4: each line keeps what it paid plus its part of the balance; the rest goes back to its envelope
            assertThat(account.lines()).extracting(LineAccount::budgetLineId, LineAccount::committed, LineAccount::released)
                    .containsExactly(tuple(CT1, euros("27000"), euros("3000")), tuple(PAYS_D_AIX, euros("45000"), euros("5000")));
        }

        @Test
        void a1_underspent_at_70_percent_final_56000_overpaid_8000() {
            AgreementAccount account = SeedFile.signed().advances64000().settle("728234.50").account();

            assertThat(account.finalSubsidy()).contains(euros("56000.00"));
            assertThat(account.balanceDue()).isEqualTo(Amount.ZERO);
            assertThat(account.owed(RecoveryGround.OVERPAYMENT)).isEqualTo(euros("8000.00"));
            assertThat(account.overpaymentToClaim()).isEqualTo(euros("8000.00"));
            assertThat(account.lines()).extracting(LineAccount::committed, LineAccount::released)
                    .containsExactly(tuple(euros("21000"), euros("9000")), tuple(euros("35000"), euros("15000")));
        }

        @Test
        void a1_overspent_the_subsidy_is_not_raised_balance_16000_nothing_released() {
            AgreementAccount account = SeedFile.signed().advances64000().settle("1200000.00").account();

            assertThat(account.finalSubsidy()).contains(euros("80000.00"));
            assertThat(account.balanceDue()).isEqualTo(euros("16000.00"));
            assertThat(account.lines()).extracting(LineAccount::committed, LineAccount::released)
                    .containsExactly(tuple(euros("30000"), Amount.ZERO), tuple(euros("50000"), Amount.ZERO));
        }

        @Test
        void a4_seed_with_a_5_percent_clause_final_76000_balance_12000_and_the_lines_release_4000() {
            AgreementAccount account = SeedFile.signedWith(a -> a.changeKeepUnspentClause(
                    fr.conventio.domain.settlement.KeepUnspentClause.rate(fr.conventio.domain.shared.Rate.ofPercent(5))))
                    .advances64000().settle("936301.50").account();

            assertThat(account.finalSubsidy()).contains(euros("76000.00"));
            assertThat(account.adjustedSubsidy()).isEqualTo(euros("76000.00"));
            assertThat(account.balanceDue()).isEqualTo(euros("12000.00"));
            assertThat(account.owed(RecoveryGround.OVERPAYMENT)).isEqualTo(Amount.ZERO);
            assertThat(account.lines()).extracting(LineAccount::budgetLineId, LineAccount::committed, LineAccount::released)
                    .containsExactly(tuple(CT1, euros("28500"), euros("1500")), tuple(PAYS_D_AIX, euros("47500"), euros("2500")));
        }

        @Test
        void a4_the_account_settles_with_the_agreement_clause_pro_rata_plus_kept() {
            fr.conventio.domain.settlement.Settlement outcome = SeedFile.signedWith(a -> a.changeKeepUnspentClause(
                    fr.conventio.domain.settlement.KeepUnspentClause.amount(euros("3000"))))
                    .advances64000().account().settle(euros("936301.50"));

            assertThat(outcome.proRataSubsidy()).isEqualTo(euros("72000.00"));
            assertThat(outcome.kept()).isEqualTo(euros("3000.00"));
            assertThat(outcome.finalSubsidy()).isEqualTo(euros("75000.00"));
            assertThat(outcome.balanceDue()).isEqualTo(euros("11000.00"));
        }

        @Test
        void v2_the_balance_is_payable_once_the_three_documents_are_accepted_and_is_proposed_line_by_line() {
            SeedFile file = SeedFile.signed().advances64000().settle("936301.50");
            assertThat(file.account().balancePayable()).isEqualTo(Amount.ZERO);

            AgreementAccount account = file.acceptBalanceDocuments(DOCUMENTS_DAY).account();

            assertThat(account.balancePayable()).isEqualTo(euros("8000"));
            assertThat(account.proposedCharges(PaymentKind.BALANCE)).extracting(LineCharge::budgetLineId, LineCharge::amount)
                    .containsExactly(tuple(CT1, euros("3000")), tuple(PAYS_D_AIX, euros("5000")));
        }

        @Test
        void b4_a_balance_charged_differently_moves_the_commitments_to_what_each_line_paid() {
            SeedFile file = SeedFile.signed().advances64000().settle("936301.50").acceptBalanceDocuments(DOCUMENTS_DAY);

            AgreementAccount account = file.pay(PaymentRequest.balance(euros("8000"), PAYS_D_AIX, BALANCE_DAY, "M-2021-0042")).account();

            assertThat(account.lines()).extracting(LineAccount::committed, LineAccount::released)
                    .containsExactly(tuple(euros("24000"), euros("6000")), tuple(euros("48000"), euros("2000")));
            assertThat(account.balanceDue()).isEqualTo(Amount.ZERO);
        }

        @Test
        void a2_b4_the_recovery_of_the_overpayment_lowers_what_each_line_shows_as_paid() {
            SeedFile file = SeedFile.signed().advances64000().settle("728234.50")
                    .issueOrder(RecoveryGround.OVERPAYMENT, LocalDate.of(2021, 7, 2));
            assertThat(file.account().toRecover()).isEqualTo(euros("8000"));
            assertThat(file.account().overpaymentToClaim()).isEqualTo(Amount.ZERO);

            AgreementAccount partly = file.receive("2000", LocalDate.of(2021, 8, 1)).account();
            assertThat(partly.recovered()).isEqualTo(euros("2000"));
            assertThat(partly.toRecover()).isEqualTo(euros("6000"));
            assertThat(partly.lines()).extracting(LineAccount::recovered).containsExactly(euros("750"), euros("1250"));

            AgreementAccount recovered = file.receive("6000", LocalDate.of(2021, 9, 1)).account();
            assertThat(recovered.lines()).extracting(LineAccount::netPaid, LineAccount::committed)
                    .containsExactly(tuple(euros("21000"), euros("21000")), tuple(euros("35000"), euros("35000")));
            assertThat(recovered.toRecover()).isEqualTo(Amount.ZERO);
        }

        @Test
        void a2_a_claim_is_exactly_what_is_owed_and_not_yet_claimed() {
            SeedFile file = SeedFile.signed().advances64000().settle("728234.50");

            assertThat(file.account().claim(RecoveryGround.OVERPAYMENT).amountDue()).isEqualTo(euros("8000"));
            file.issueOrder(RecoveryGround.OVERPAYMENT, LocalDate.of(2021, 7, 2));
            assertThatThrownBy(() -> file.account().claim(RecoveryGround.OVERPAYMENT))
                    .isInstanceOf(RuleViolationException.class)
                    .hasFieldOrPropertyWithValue("ruleId", "A2")
                    .hasMessageContaining("dû 8 000,00 €, déjà mis en recouvrement 8 000,00 €");
        }
    }

    @Nested
    class Decisions {

        @Test
        void a3_a_reduction_before_settlement_lowers_the_subsidy_in_force_and_what_is_kept() {
            SeedFile file = SeedFile.signed().advances64000().decide(FundingDecisionKind.REDUCE_SUBSIDY, "20000", LocalDate.of(2020, 9, 1));
            AgreementAccount reduced = file.account();

            assertThat(reduced.subsidyInForce()).isEqualTo(euros("60000"));
            assertThat(reduced.owed(RecoveryGround.FUNDING_DECISION)).isEqualTo(euros("4000"));
            assertThat(reduced.kept()).isEqualTo(euros("60000"));
            assertThat(reduced.advanceAvailable()).isEqualTo(Amount.ZERO);

            AgreementAccount settled = file.settle("936301.50").account();
            // A1 on the subsidy in force: 60 000 × 90 % = 54 000; the association keeps 60 000 of the 64 000 paid
            assertThat(settled.adjustedSubsidy()).isEqualTo(euros("54000"));
            assertThat(settled.owed(RecoveryGround.OVERPAYMENT)).isEqualTo(euros("6000"));
            assertThat(settled.owed(RecoveryGround.FUNDING_DECISION).plus(settled.owed(RecoveryGround.OVERPAYMENT)))
                    .isEqualTo(euros("10000"));
            assertThat(settled.lines()).extracting(LineAccount::committed).containsExactly(euros("20250"), euros("33750"));
        }

        @Test
        void a3_a_repayment_demanded_after_settlement_lowers_the_adjusted_subsidy() {
            SeedFile file = SeedFile.signed().advances64000().settle("1200000").acceptBalanceDocuments(DOCUMENTS_DAY)
                    .payProposedBalance(BALANCE_DAY);
            assertThat(file.account().paid()).isEqualTo(euros("80000"));

            AgreementAccount account = file.decide(FundingDecisionKind.DEMAND_REPAYMENT, "5000", LocalDate.of(2021, 9, 1)).account();

            assertThat(account.adjustedSubsidy()).isEqualTo(euros("75000"));
            assertThat(account.owed(RecoveryGround.FUNDING_DECISION)).isEqualTo(euros("5000"));
            assertThat(account.owed(RecoveryGround.OVERPAYMENT)).isEqualTo(Amount.ZERO);
            assertThat(account.kept()).isEqualTo(euros("75000"));
            assertThat(account.lines()).extracting(LineAccount::committed).containsExactly(euros("28125"), euros("46875"));
        }

        @Test
        void t3_terminated_on_1_july_2020_the_association_keeps_39781_42_and_owes_24218_58() {
            AgreementAccount account = SeedFile.signed().advances64000().formalNotice(LocalDate.of(2020, 3, 15))
                    .terminateForBreach(RestitutionMode.PRO_RATA_TEMPORIS, LocalDate.of(2020, 7, 1)).account();

            assertThat(account.owed(RecoveryGround.TERMINATION_RESTITUTION)).isEqualTo(euros("24218.58"));
            assertThat(account.balanceDue()).isEqualTo(Amount.ZERO);
            assertThat(account.stage()).isEqualTo(AgreementStage.TERMINATED);
            // B4: the lines keep what the association keeps (39 781,42 €), the cent of the sharing-out on CT1
            assertThat(account.lines()).extracting(LineAccount::committed)
                    .containsExactly(euros("14918.03"), euros("24863.39"));
            assertThat(Amount.sum(account.lines().stream().map(LineAccount::committed).toList())).isEqualTo(euros("39781.42"));
        }

        @Test
        void n2_a_breach_on_1_october_withdraws_92_of_366_days_and_asks_back_what_was_received_above() {
            AgreementAccount account = SeedFile.signed().advances64000()
                    .republicanBreach(LocalDate.of(2019, 10, 1), LocalDate.of(2019, 10, 1), LocalDate.of(2020, 10, 1)).account();

            assertThat(account.subsidyInForce()).isEqualTo(euros("59890.71"));
            assertThat(account.owed(RecoveryGround.REPUBLICAN_COMMITMENT_BREACH)).isEqualTo(euros("4109.29"));
            assertThat(account.kept()).isEqualTo(euros("59890.71"));
        }

        @Test
        void v3_an_amendment_cannot_bring_the_subsidy_below_what_is_kept() {
            AgreementAccount account = SeedFile.signed().advances64000().account();

            assertThatThrownBy(() -> account.checkAmendedSubsidy(Subsidy.of(euros("60000"),
                    SubsidyAllocation.of(CT1, "CT1", euros("24000")), SubsidyAllocation.of(PAYS_D_AIX, "Aix", euros("36000")))))
                    .hasFieldOrPropertyWithValue("ruleId", "V3")
                    .hasMessageContaining("64 000,00 €");
        }

        @Test
        void v4_an_amendment_cannot_bring_a_line_below_what_it_paid() {
            AgreementAccount account = SeedFile.signed().advances64000().account();

            assertThatThrownBy(() -> account.checkAmendedSubsidy(Subsidy.of(euros("80000"),
                    SubsidyAllocation.of(CT1, "CT1", euros("20000")), SubsidyAllocation.of(PAYS_D_AIX, "Aix", euros("60000")))))
                    .hasFieldOrPropertyWithValue("ruleId", "V4")
                    .hasMessageContaining("20 000,00 €")
                    .hasMessageContaining("24 000,00 €");
        }
    }

    @Nested
    class Closing {

        @Test
        void d2_settling_and_paying_the_balance_do_not_close_the_file() {
            SeedFile file = SeedFile.signed().advances64000().settle("936301.50");
            assertThat(file.account().stage()).isEqualTo(AgreementStage.SETTLED);

            AgreementAccount paid = file.acceptBalanceDocuments(DOCUMENTS_DAY).payProposedBalance(BALANCE_DAY).account();

            assertThat(paid.status()).isEqualTo(AgreementStatus.SETTLED);
            assertThat(paid.stage()).isEqualTo(AgreementStage.BALANCE_PAID);
            assertThat(paid.balanceDue()).isEqualTo(Amount.ZERO);
            assertThat(paid.isClosable()).isFalse();
        }

        @Test
        void d2_closing_is_refused_with_the_list_of_what_is_open() {
            AgreementAccount account = SeedFile.signed().advances64000().settle("728234.50").fulfilEveryObligation(DOCUMENTS_DAY)
                    .account();
            List<OpenItem> open = account.openItems();

            assertThat(open).singleElement().satisfies(item -> {
                assertThat(item.kind()).isEqualTo(OpenItem.Kind.TO_CLAIM);
                assertThat(item.amount()).isEqualTo(euros("8000"));
            });
            assertThatThrownBy(account::requireClosable)
                    .isInstanceOf(RuleViolationException.class)
                    .hasFieldOrPropertyWithValue("ruleId", "D2")
                    .hasMessageContaining("8 000,00 € à recouvrer (trop-perçu après liquidation) sans titre émis");
        }

        @Test
        void d2_an_open_obligation_and_an_order_not_recovered_keep_the_file_open() {
            SeedFile file = SeedFile.signed().advances64000().settle("728234.50").issueOrder(RecoveryGround.OVERPAYMENT, LocalDate.of(2021, 7, 2));

            AgreementAccount account = file.account();

            assertThat(account.openItems()).extracting(OpenItem::kind)
                    .contains(OpenItem.Kind.OBLIGATION, OpenItem.Kind.ORDER_TO_RECOVER)
                    .doesNotContain(OpenItem.Kind.TO_CLAIM, OpenItem.Kind.BALANCE);
            assertThat(account.openItems()).filteredOn(i -> i.kind() == OpenItem.Kind.ORDER_TO_RECOVER).singleElement()
                    .satisfies(item -> assertThat(item.describe()).isEqualTo("le titre TR-2021-0001 attend encore 8 000,00 €"));
            assertThat(account.openObligationCount()).isEqualTo(account.openItems().stream()
                    .filter(i -> i.kind() == OpenItem.Kind.OBLIGATION).count());
        }

        @Test
        void d2_a_balance_still_due_keeps_the_file_open() {
            AgreementAccount account = SeedFile.signed().advances64000().settle("936301.50").fulfilEveryObligation(DOCUMENTS_DAY).account();

            assertThat(account.openItems()).extracting(OpenItem::kind, OpenItem::amount)
                    .containsExactly(tuple(OpenItem.Kind.BALANCE, euros("8000")));
        }

        @Test
        void d2_once_everything_is_done_a_manager_may_close_the_file() {
            SeedFile file = SeedFile.signed().advances64000().settle("728234.50").fulfilEveryObligation(DOCUMENTS_DAY)
                    .issueOrder(RecoveryGround.OVERPAYMENT, LocalDate.of(2021, 7, 2)).receive("8000", LocalDate.of(2021, 8, 1));
            assertThat(file.account().isClosable()).isTrue();

            AgreementAccount closed = file.close(LocalDate.of(2021, 8, 2)).account();

            assertThat(closed.stage()).isEqualTo(AgreementStage.CLOSED);
            assertThat(closed.isClosable()).isFalse();
        }

        @Test
        void d2_only_a_settled_file_can_be_closed() {
            AgreementAccount signed = SeedFile.signed().account();

            assertThatThrownBy(signed::requireClosable)
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining("seul un dossier liquidé peut être clôturé")
                    .hasMessageContaining("signée");
        }
    }

    @Test
    void figures_carry_what_the_account_computed() {
        AgreementAccount account = SeedFile.signed().advances64000().settle("728234.50").account();

        AccountFigures figures = account.figures();

        assertThat(figures.stage()).isEqualTo(AgreementStage.SETTLED);
        assertThat(figures.finalSubsidy()).isEqualTo(euros("56000"));
        assertThat(figures.overpaymentToClaim()).isEqualTo(euros("8000"));
        assertThat(figures.outstanding()).isEqualTo(euros("8000"));
        assertThat(figures.openObligations()).isEqualTo(account.openObligationCount()).isPositive();
        assertThat(figures.lines()).isEqualTo(account.lines());
    }
}
