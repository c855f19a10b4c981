package fr.conventio.domain.account;

import static fr.conventio.domain.account.SeedFile.ADVANCE_DAY;
import static fr.conventio.domain.account.SeedFile.CT1;
import static fr.conventio.domain.account.SeedFile.PAYS_D_AIX;
import static fr.conventio.domain.account.SeedFile.SIGNED_ON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.agreement.PaymentTerms;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.payment.Payment;
import fr.conventio.domain.payment.PaymentId;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.payment.PaymentRequest;
import fr.conventio.domain.settlement.FundingDecisionKind;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.Rate;
import fr.conventio.domain.shared.RuleViolationException;
import fr.conventio.domain.termination.RestitutionMode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The payment rules (Art. 4.3 and 4.4: V1 advance, V2 balance, V3 adjusted-subsidy cap and duplicates,
 * V4 budget lines, A3 suspension) as the account of the real 2020 agreement applies them: 80 000,00 €
 * voted, 30 000,00 € on CT1 and 50 000,00 € on the Pays d'Aix line, advance rate 80 %, signed on
 * 3 February 2020.
 */
class PaymentPolicyTest {

    private static final LocalDate DOCUMENTS_DAY = LocalDate.of(2021, 6, 30);
    private static final LocalDate BALANCE_DAY = LocalDate.of(2021, 7, 15);

    private static Amount euros(String value) {
        return Amount.of(value);
    }

    private static PaymentRequest advance(String amount, BudgetLineId line, String reference) {
        return PaymentRequest.advance(euros(amount), line, ADVANCE_DAY, reference);
    }

    private static PaymentRequest balance(String amount, BudgetLineId line) {
        return PaymentRequest.balance(euros(amount), line, BALANCE_DAY, null);
    }

    private static PaymentRequest balance(String onCt1, String onPaysDAix) {
        Map<BudgetLineId, Amount> split = new LinkedHashMap<>();
        split.put(CT1, euros(onCt1));
        split.put(PAYS_D_AIX, euros(onPaysDAix));
        return PaymentRequest.balance(split, BALANCE_DAY, "M-2021-0042");
    }

    /** The seed with its own subsidy and payment terms, approved and signed on {@link SeedFile#SIGNED_ON}. */
    private static SeedFile signedWith(Subsidy subsidy, PaymentTerms terms) {
        SeedFile file = SeedFile.draft();
        file.agreement().changeSubsidy(subsidy);
        file.agreement().changePaymentTerms(terms);
        file.agreement().approve(AgreementFixtures.seedDeliberation());
        file.agreement().sign(SIGNED_ON);
        return file;
    }

    /** The seed's file in {@code status}, the 64 000,00 € advances paid once signed. */
    private static SeedFile fileIn(AgreementStatus status) {
        return switch (status) {
            case DRAFT -> SeedFile.draft();
            case APPROVED -> {
                SeedFile file = SeedFile.draft();
                file.agreement().approve(AgreementFixtures.seedDeliberation());
                yield file;
            }
            case SIGNED -> SeedFile.signed().advances64000().acceptBalanceDocuments(DOCUMENTS_DAY);
            case SUSPENDED -> {
                SeedFile file = SeedFile.signed().advances64000();
                file.agreement().suspend("Retard significatif dans l'exécution du programme", LocalDate.of(2020, 5, 1));
                yield file;
            }
            case SETTLED -> SeedFile.signed().advances64000().settle("1040335").acceptBalanceDocuments(DOCUMENTS_DAY);
            case CLOSED -> SeedFile.signed().advances64000().settle("1040335").acceptBalanceDocuments(DOCUMENTS_DAY)
                    .payProposedBalance(BALANCE_DAY).fulfilEveryObligation(DOCUMENTS_DAY).close(LocalDate.of(2021, 8, 1));
            case TERMINATED -> SeedFile.signed().advances64000().formalNotice(LocalDate.of(2020, 3, 15))
                    .terminateForBreach(RestitutionMode.PRO_RATA_TEMPORIS, LocalDate.of(2020, 7, 1));
        };
    }

    // ---- V1 advance ------------------------------------------------------------------------

    @Test
    void v1_advances_are_capped_at_80_percent_of_the_voted_subsidy() {
        AgreementAccount account = SeedFile.signed().advance("24000", CT1).advance("40000", PAYS_D_AIX).account();

        assertThat(account.advanceCap()).isEqualTo(euros("64000.00"));
        assertThat(account.advancesPaid()).isEqualTo(euros("64000.00"));
        // one cent more would still be within V3 (80 000,00 €) and V4 (50 000,00 € on the line): V1 alone refuses it
        assertThatThrownBy(() -> account.pay(PaymentId.newId(), PaymentRequest.advance(Amount.ofCents(1), PAYS_D_AIX, ADVANCE_DAY, "M-3")))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "V1")
                .hasMessageContaining("l'acompte demandé (0,01 €), avec les acomptes déjà versés (64 000,00 €) le total serait de 64 000,01 €,"
                        + " dépasse le plafond de 80,00 % de la subvention votée (64 000,00 €)");
    }

    @Test
    void v1_advance_above_the_cap_is_refused_with_the_figures() {
        AgreementAccount account = SeedFile.signed().account();

        assertThatThrownBy(() -> account.pay(PaymentId.newId(), advance("70000", PAYS_D_AIX, "M-1")))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "V1")
                .hasMessageContaining("l'acompte demandé (70 000,00 €) dépasse le plafond de 80,00 % de la subvention votée (64 000,00 €)");
    }

    @Test
    void v1_advances_add_up_against_the_cap() {
        AgreementAccount afterFirst = SeedFile.signed().advance("24000", CT1).account();

        assertThatThrownBy(() -> afterFirst.pay(PaymentId.newId(), advance("40000.01", PAYS_D_AIX, "M-2")))
                .hasFieldOrPropertyWithValue("ruleId", "V1")
                .hasMessageContaining("avec les acomptes déjà versés (24 000,00 €) le total serait de 64 000,01 €");
        assertThat(afterFirst.allows(advance("40000", PAYS_D_AIX, "M-2"))).isTrue();
    }

    @Test
    void v1_the_cap_is_rounded_down_so_the_advances_never_exceed_the_rate() {
        // 80 % of 1 234,57 € is 987,656 €: rounded half-up the cap would be 987,66 €, one cent above the rate
        AgreementAccount account = signedWith(Subsidy.of(euros("1234.57"), SubsidyAllocation.of(CT1, "CT1", euros("1234.57"))),
                AgreementFixtures.seedPaymentTerms()).account();

        assertThat(account.allows(advance("987.65", CT1, "M-1"))).isTrue();
        assertThatThrownBy(() -> account.pay(PaymentId.newId(), advance("987.66", CT1, "M-1")))
                .hasFieldOrPropertyWithValue("ruleId", "V1")
                .hasMessageContaining("l'acompte demandé (987,66 €) dépasse le plafond de 80,00 % de la subvention votée (987,65 €)");
    }

    @Test
    void v1_advance_rate_is_a_setting_of_the_agreement() {
        AgreementAccount at50 = signedWith(Subsidy.onSingleLine(CT1, euros("80000")),
                PaymentTerms.standard().withAdvanceRate(Rate.ofPercent(50))).account();

        assertThat(at50.advanceCap()).isEqualTo(euros("40000"));
        assertThat(at50.allows(advance("40000", CT1, null))).isTrue();
        assertThatThrownBy(() -> at50.pay(PaymentId.newId(), advance("40000.01", CT1, null)))
                .hasFieldOrPropertyWithValue("ruleId", "V1")
                .hasMessageContaining("dépasse le plafond de 50,00 % de la subvention votée (40 000,00 €)");
    }

    @Test
    void v1_payment_before_signature_is_refused() {
        AgreementAccount approved = fileIn(AgreementStatus.APPROVED).account();

        assertThatThrownBy(() -> approved.pay(PaymentId.newId(), advance("10000", CT1, "M-1")))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "V1")
                .hasMessageContaining("un acompte n'est versé que sur une convention signée ; cette convention est approuvée (non signée)");
    }

    @Test
    void v1_advance_value_date_cannot_precede_the_signature() {
        AgreementAccount account = SeedFile.signed().account();

        assertThatThrownBy(() -> account.pay(PaymentId.newId(), PaymentRequest.advance(euros("10000"), CT1, SIGNED_ON.minusDays(1), "M-1")))
                .hasFieldOrPropertyWithValue("ruleId", "V1")
                .hasMessageContaining("la date de valeur (02/02/2020) précède la signature (03/02/2020)");
        assertThat(account.allows(PaymentRequest.advance(euros("10000"), CT1, SIGNED_ON, "M-1"))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"DRAFT, en brouillon", "APPROVED, approuvée (non signée)", "SETTLED, liquidée", "CLOSED, clôturée", "TERMINATED, résiliée"})
    void v1_no_advance_unless_the_agreement_is_signed(AgreementStatus status, String label) {
        AgreementAccount account = fileIn(status).account();

        assertThat(account.status()).isEqualTo(status);
        assertThatThrownBy(() -> account.pay(PaymentId.newId(), advance("1000", CT1, null)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "V1")
                .hasMessageEndingWith("cette convention est " + label);
    }

    // ---- V2 balance -------------------------------------------------------------------------

    @Test
    void v2_balance_is_the_rest_16000_when_real_expenses_reach_the_forecast() {
        SeedFile file = fileIn(AgreementStatus.SETTLED);
        assertThat(file.account().balanceDue()).isEqualTo(euros("16000.00"));

        Payment balance = file.account().pay(PaymentId.newId(), balance("6000", "10000"));

        assertThat(balance.kind()).isEqualTo(PaymentKind.BALANCE);
        assertThat(balance.amount()).isEqualTo(euros("16000.00"));
        assertThat(balance.amountOn(CT1)).isEqualTo(euros("6000"));
        assertThat(balance.amountOn(PAYS_D_AIX)).isEqualTo(euros("10000"));

        AgreementAccount paid = file.pay(balance("6000", "10000")).account();
        assertThat(paid.paid()).isEqualTo(euros("80000"));
        assertThat(paid.balanceDue()).isEqualTo(Amount.ZERO);
        assertThat(paid.stage()).isEqualTo(AgreementStage.BALANCE_PAID);
    }

    @Test
    void v2_balance_is_8000_when_the_subsidy_is_adjusted_to_72000() {
        AgreementAccount settled = SeedFile.signed().advances64000().settle("936301.50").acceptBalanceDocuments(DOCUMENTS_DAY).account();

        assertThat(settled.adjustedSubsidy()).isEqualTo(euros("72000"));
        assertThat(settled.balanceDue()).isEqualTo(euros("8000.00"));
        assertThat(settled.allows(balance("8000", PAYS_D_AIX))).isTrue();
        assertThat(settled.allows(balance("3000", "5000"))).isTrue();
        assertThatThrownBy(() -> settled.pay(PaymentId.newId(), balance("16000", PAYS_D_AIX)))
                .hasFieldOrPropertyWithValue("ruleId", "V2")
                .hasMessageContaining("le solde demandé (16 000,00 €) doit être égal à la subvention ajustée (72 000,00 €)"
                        + " moins les sommes conservées par l'association (64 000,00 €), soit 8 000,00 €");
    }

    @Test
    void v2_v3_the_balance_is_the_adjusted_subsidy_minus_what_the_association_keeps_not_minus_what_it_was_paid() {
        // settled at 80 000,00 €, then a repayment of 5 000,00 € demanded (A3): 75 000,00 € adjusted, 64 000,00 € paid, 59 000,00 € kept
        SeedFile file = SeedFile.signed().advances64000().settle("1200000").acceptBalanceDocuments(DOCUMENTS_DAY)
                .decide(FundingDecisionKind.DEMAND_REPAYMENT, "5000", LocalDate.of(2021, 7, 10));
        AgreementAccount account = file.account();
        assertThat(account.paid()).isEqualTo(euros("64000"));
        assertThat(account.kept()).isEqualTo(euros("59000"));
        assertThat(account.adjustedSubsidy()).isEqualTo(euros("75000"));
        assertThat(account.balanceDue()).isEqualTo(euros("16000"));

        assertThatThrownBy(() -> account.pay(PaymentId.newId(), balance("11000", PAYS_D_AIX)))
                .hasFieldOrPropertyWithValue("ruleId", "V2")
                .hasMessageContaining("le solde demandé (11 000,00 €) doit être égal à la subvention ajustée (75 000,00 €)"
                        + " moins les sommes conservées par l'association (59 000,00 €), soit 16 000,00 €");

        AgreementAccount paid = file.pay(balance("6000", "10000")).account();

        // 80 000,00 € paid in all, above the adjusted subsidy, but the association keeps exactly the 75 000,00 €
        assertThat(paid.paid()).isEqualTo(euros("80000"));
        assertThat(paid.kept()).isEqualTo(paid.adjustedSubsidy()).isEqualTo(euros("75000"));
        assertThat(paid.balanceDue()).isEqualTo(Amount.ZERO);
        assertThat(paid.owed(RecoveryGround.FUNDING_DECISION)).isEqualTo(euros("5000"));
    }

    @Test
    void v2_balance_before_documents_accepted_is_refused() {
        AgreementAccount settled = SeedFile.signed().advances64000().settle("1040335").account();

        assertThat(settled.balanceDue()).isEqualTo(euros("16000"));
        assertThatThrownBy(() -> settled.pay(PaymentId.newId(), balance("16000", PAYS_D_AIX)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "V2")
                .hasMessageContaining("compte de résultat final")
                .hasMessageContaining("les derniers comptes certifiés");
    }

    @Test
    void v2_balance_before_settlement_is_refused() {
        AgreementAccount signed = fileIn(AgreementStatus.SIGNED).account();

        assertThat(signed.balanceDocumentsAccepted()).isTrue();
        assertThatThrownBy(() -> signed.pay(PaymentId.newId(), balance("16000", PAYS_D_AIX)))
                .hasFieldOrPropertyWithValue("ruleId", "V2")
                .hasMessageContaining("le solde n'est versé qu'après la liquidation de la subvention sur les dépenses réelles ;"
                        + " cette convention est signée");
    }

    @Test
    void v2_a_second_balance_on_a_closed_file_is_refused_because_the_balance_was_paid_not_for_want_of_settlement() {
        AgreementAccount closed = fileIn(AgreementStatus.CLOSED).account();

        assertThatThrownBy(() -> closed.pay(PaymentId.newId(), balance("16000", PAYS_D_AIX)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "V2")
                .hasMessage("le solde de cette convention a déjà été versé : un seul solde est possible");
    }

    @Test
    void v3_a_replayed_payment_order_is_refused_as_already_recorded_not_for_the_cap_it_would_pass() {
        AgreementAccount capped = SeedFile.signed().advance("24000", CT1).pay(advance("40000", PAYS_D_AIX, "M-40")).account();

        assertThat(capped.advancesPaid()).isEqualTo(euros("64000.00"));
        assertThatThrownBy(() -> capped.pay(PaymentId.newId(), advance("40000", PAYS_D_AIX, "M-40")))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "V3")
                .hasMessageStartingWith("le mandat n° M-40 est déjà enregistré sur cette convention");
    }

    @Test
    void v2_a_second_balance_is_refused() {
        AgreementAccount afterBalance = fileIn(AgreementStatus.SETTLED).payProposedBalance(BALANCE_DAY).account();

        assertThatThrownBy(() -> afterBalance.pay(PaymentId.newId(), balance("0.01", CT1)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "V2")
                .hasMessageContaining("le solde de cette convention a déjà été versé : un seul solde est possible");
    }

    @Test
    void v2_a_cancelled_balance_may_be_paid_again() {
        SeedFile file = fileIn(AgreementStatus.SETTLED).payProposedBalance(BALANCE_DAY).cancelLastPayment(BALANCE_DAY.plusDays(1));

        AgreementAccount account = file.account();

        assertThat(account.balanceRecorded()).isFalse();
        assertThat(account.allows(balance("6000", "10000"))).isTrue();
    }

    @Test
    void v2_no_balance_when_nothing_is_due() {
        AgreementAccount overpaid = SeedFile.signed().advances64000().settle("728234.50").acceptBalanceDocuments(DOCUMENTS_DAY).account();

        assertThatThrownBy(() -> overpaid.pay(PaymentId.newId(), balance("0.01", PAYS_D_AIX)))
                .hasFieldOrPropertyWithValue("ruleId", "V2")
                .hasMessageContaining("aucun solde n'est dû : l'association conserve déjà 64 000,00 € pour une subvention ajustée de 56 000,00 €");
    }

    @ParameterizedTest
    @CsvSource({"DRAFT, en brouillon", "APPROVED, approuvée (non signée)", "SIGNED, signée", "TERMINATED, résiliée"})
    void v2_no_balance_unless_the_agreement_is_settled(AgreementStatus status, String label) {
        AgreementAccount account = fileIn(status).account();

        assertThat(account.status()).isEqualTo(status);
        assertThatThrownBy(() -> account.pay(PaymentId.newId(), balance("16000", PAYS_D_AIX)))
                .hasFieldOrPropertyWithValue("ruleId", "V2")
                .hasMessageEndingWith("cette convention est " + label);
    }

    // ---- V3 cap and duplicates --------------------------------------------------------------

    @Test
    void v3_the_adjusted_subsidy_is_the_subsidy_in_force_until_settled_then_the_final_subsidy() {
        SeedFile file = SeedFile.signed().advances64000();
        assertThat(file.account().adjustedSubsidy()).isEqualTo(euros("80000"));

        AgreementAccount settled = file.settle("936301.50").account();

        assertThat(settled.adjustedSubsidy()).isEqualTo(euros("72000"));
        assertThat(settled.votedSubsidy()).isEqualTo(euros("80000"));
    }

    @Test
    void v3_payment_above_adjusted_subsidy_is_refused() {
        // the subsidy was reduced to 50 000,00 € by a funding decision (A3) while still signed, then paid in full
        AgreementAccount fullyPaid = SeedFile.signed().decide(FundingDecisionKind.REDUCE_SUBSIDY, "30000", LocalDate.of(2020, 2, 20))
                .advance("30000", CT1).advance("20000", PAYS_D_AIX).account();
        assertThat(fullyPaid.adjustedSubsidy()).isEqualTo(euros("50000"));

        // within V1 (51 000,00 € of advances for a cap of 64 000,00 €) and V4 (21 000,00 € on a 50 000,00 € line)
        assertThatThrownBy(() -> fullyPaid.pay(PaymentId.newId(), advance("1000", PAYS_D_AIX, "M-3")))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "V3")
                .hasMessageContaining("le versement (1 000,00 €) porterait les sommes conservées par l'association à 51 000,00 €, au-delà de la subvention ajustée (50 000,00 €)");
    }

    @Test
    void v3_the_cap_is_on_what_the_association_keeps_once_a3_decisions_make_it_owe_back() {
        // 24 000,00 € paid, the subsidy reduced by 20 000,00 € then a repayment of 10 000,00 € demanded (A3):
        // 50 000,00 € in force, the association keeps 14 000,00 € of the 24 000,00 € it was paid
        AgreementAccount account = SeedFile.signed().advance("24000", CT1)
                .decide(FundingDecisionKind.REDUCE_SUBSIDY, "20000", LocalDate.of(2020, 4, 1))
                .decide(FundingDecisionKind.DEMAND_REPAYMENT, "10000", LocalDate.of(2020, 5, 1)).account();
        assertThat(account.adjustedSubsidy()).isEqualTo(euros("50000"));
        assertThat(account.kept()).isEqualTo(euros("14000"));

        // 60 000,00 € paid in all, but 50 000,00 € kept: within the cap
        assertThat(account.allows(advance("36000", PAYS_D_AIX, "M-2"))).isTrue();
        assertThatThrownBy(() -> account.pay(PaymentId.newId(), advance("36000.01", PAYS_D_AIX, "M-2")))
                .hasFieldOrPropertyWithValue("ruleId", "V3")
                .hasMessageContaining("au-delà de la subvention ajustée (50 000,00 €)");
    }

    @Test
    void v3_duplicate_payment_order_is_refused() {
        AgreementAccount afterFirst = SeedFile.signed().pay(advance("10000", CT1, "M-2020-0101")).account();

        assertThatThrownBy(() -> afterFirst.pay(PaymentId.newId(), advance("10000", PAYS_D_AIX, " M-2020-0101 ")))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "V3")
                .hasMessageContaining("le mandat n° M-2020-0101 est déjà enregistré sur cette convention");
        assertThat(afterFirst.allows(advance("10000", PAYS_D_AIX, "M-2020-0102"))).isTrue();
    }

    @Test
    void v3_a_cancelled_payment_frees_its_amount_but_not_its_payment_order() {
        AgreementAccount afterCancel = SeedFile.signed().pay(advance("50000", PAYS_D_AIX, "M-1"))
                .cancelLastPayment(ADVANCE_DAY.plusDays(2)).account();

        // had the 50 000,00 € still counted, 50 000,00 € more would break V1 and V4
        assertThat(afterCancel.allows(advance("50000", PAYS_D_AIX, "M-2"))).isTrue();
        assertThatThrownBy(() -> afterCancel.pay(PaymentId.newId(), advance("24000", CT1, "M-1")))
                .hasFieldOrPropertyWithValue("ruleId", "V3")
                .hasMessageContaining("le mandat n° M-1 est déjà enregistré");
    }

    // ---- V4 budget lines ---------------------------------------------------------------------

    @Test
    void v4_payment_on_a_line_outside_the_agreement_is_refused() {
        BudgetLineId other = BudgetLineId.of("00000000-0000-0000-0000-0000000000ff");

        assertThatThrownBy(() -> SeedFile.signed().account().pay(PaymentId.newId(), advance("1000", other, null)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "V4")
                .hasMessage("l'une des lignes budgétaires imputées ne finance pas cette convention")
                .message().doesNotContain(other.toString());
    }

    @Test
    void v4_payments_on_a_line_stay_within_its_share() {
        AgreementAccount account = SeedFile.signed().account();

        assertThatThrownBy(() -> account.pay(PaymentId.newId(), advance("40000", CT1, null)))
                .hasFieldOrPropertyWithValue("ruleId", "V4")
                .hasMessageContaining("l'imputation de 40 000,00 € porterait le total imputé sur la ligne budgétaire à 40 000,00 €,"
                        + " au-delà de sa part de la subvention (30 000,00 €)");
        assertThat(account.allows(advance("30000", CT1, null))).isTrue();
    }

    @Test
    void v4_each_line_of_a_split_balance_stays_within_its_share() {
        AgreementAccount settled = fileIn(AgreementStatus.SETTLED).account();

        assertThat(settled.line(CT1).orElseThrow().shareLeft()).isEqualTo(euros("6000"));
        assertThat(settled.line(PAYS_D_AIX).orElseThrow().shareLeft()).isEqualTo(euros("10000"));
        assertThatThrownBy(() -> settled.pay(PaymentId.newId(), balance("16000", PAYS_D_AIX)))
                .hasFieldOrPropertyWithValue("ruleId", "V4")
                .hasMessageContaining("56 000,00 €, au-delà de sa part de la subvention (50 000,00 €)");
        assertThatThrownBy(() -> settled.pay(PaymentId.newId(), balance("7000", "9000")))
                .hasFieldOrPropertyWithValue("ruleId", "V4")
                .hasMessageContaining("l'imputation de 7 000,00 € porterait le total imputé sur la ligne budgétaire à 31 000,00 €");
    }

    @Test
    void v4_a_line_is_capped_on_what_was_charged_to_it_a_recovery_does_not_open_it_again() {
        // 24 000,00 € paid on CT1, then 10 000,00 € of it demanded back (A3), claimed and recovered (A2)
        SeedFile file = SeedFile.signed().advance("24000", CT1)
                .decide(FundingDecisionKind.DEMAND_REPAYMENT, "10000", LocalDate.of(2020, 5, 1))
                .issueOrder(RecoveryGround.FUNDING_DECISION, LocalDate.of(2020, 5, 2)).receive("10000", LocalDate.of(2020, 6, 1));
        AgreementAccount recovered = file.account();

        assertThat(recovered.line(CT1).orElseThrow().netPaid()).isEqualTo(euros("14000"));
        assertThat(recovered.line(CT1).orElseThrow().shareLeft()).isEqualTo(euros("6000"));
        assertThat(recovered.allows(advance("6000", CT1, "M-9"))).isTrue();
        assertThatThrownBy(() -> recovered.pay(PaymentId.newId(), advance("6000.01", CT1, "M-9")))
                .hasFieldOrPropertyWithValue("ruleId", "V4")
                .hasMessageContaining("l'imputation de 6 000,01 € porterait le total imputé sur la ligne budgétaire à 30 000,01 €,"
                        + " au-delà de sa part de la subvention (30 000,00 €)");
    }

    @Test
    void v3_a_payment_is_no_longer_cancelled_once_a_decision_was_computed_on_it() {
        SeedFile file = SeedFile.signed().advances64000().decide(FundingDecisionKind.REDUCE_SUBSIDY, "30000", LocalDate.of(2020, 5, 1));

        assertThatThrownBy(() -> file.account().requireCancellable())
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "V3")
                .hasMessageContaining("enregistrez plutôt une décision de reversement");
        assertThatCode(() -> SeedFile.signed().advances64000().settle("936301.50").account().requireCancellable())
                .as("after a settlement, the balance and overpayment follow the payments").doesNotThrowAnyException();
    }

    @Test
    void v2_with_a_repayment_owed_the_proposed_balance_fits_the_lines_shares() {
        SeedFile file = SeedFile.signed().advances64000().settle("1200000").acceptBalanceDocuments(LocalDate.of(2021, 6, 30))
                .decide(FundingDecisionKind.DEMAND_REPAYMENT, "5000.01", LocalDate.of(2021, 7, 2));
        AgreementAccount account = file.account();

        assertThat(account.balancePayable()).isEqualTo(euros("16000"));
        assertThat(account.proposedCharges(PaymentKind.BALANCE)).extracting(LineCharge::amount)
                .containsExactly(euros("6000"), euros("10000"));
        assertThat(file.payProposedBalance(LocalDate.of(2021, 7, 15)).account().balanceDue()).isEqualTo(Amount.ZERO);
    }

    // ---- A3 suspension -----------------------------------------------------------------------

    @Test
    void a3_no_payment_while_payments_are_suspended() {
        SeedFile file = SeedFile.signed().advance("24000", CT1);
        file.agreement().suspend("Retard significatif dans l'exécution du programme", LocalDate.of(2020, 5, 1));
        AgreementAccount suspended = file.account();

        for (PaymentRequest request : new PaymentRequest[] {advance("1000", CT1, null), balance("1000", CT1)}) {
            assertThatThrownBy(() -> suspended.pay(PaymentId.newId(), request))
                    .isInstanceOf(RuleViolationException.class)
                    .hasFieldOrPropertyWithValue("ruleId", "A3")
                    .hasMessageContaining("les versements de cette convention sont suspendus par une décision du financeur");
        }

        file.agreement().resume(LocalDate.of(2020, 6, 1));
        assertThat(file.account().allows(advance("1000", CT1, null))).isTrue();
    }
}
