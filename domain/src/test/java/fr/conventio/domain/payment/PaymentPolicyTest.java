package fr.conventio.domain.payment;

import static fr.conventio.domain.payment.PaymentFixtures.CT1;
import static fr.conventio.domain.payment.PaymentFixtures.PAYS_D_AIX;
import static fr.conventio.domain.payment.PaymentFixtures.SIGNED_ON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.shared.Rate;
import fr.conventio.domain.shared.RuleViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PaymentPolicyTest {

    private static final LocalDate AFTER_SIGNATURE = SIGNED_ON.plusDays(15);

    // ---- V1 advance ------------------------------------------------------------------------

    @Test
    void v1_advance_is_capped_at_80_percent_of_voted_subsidy() {
        PaymentContext context = PaymentFixtures.signed();

        assertThat(context.advanceCap()).isEqualTo(Amount.of("64000.00"));
        Payment onCt1 = Payment.create(PaymentId.newId(), context, PaymentRequest.advance(Amount.of(24_000), CT1, AFTER_SIGNATURE, "M-1"));
        Payment onAix = Payment.create(PaymentId.newId(), context.with(onCt1),
                PaymentRequest.advance(Amount.of(40_000), PAYS_D_AIX, AFTER_SIGNATURE, "M-2"));

        assertThat(context.with(onCt1).with(onAix).totalAdvances()).isEqualTo(Amount.of("64000.00"));
    }

    @Test
    void v1_advance_above_the_cap_is_refused_with_the_figures() {
        PaymentContext context = PaymentFixtures.signed();
        PaymentRequest tooMuch = PaymentRequest.advance(Amount.of(70_000), PAYS_D_AIX, AFTER_SIGNATURE, "M-1");

        assertThatThrownBy(() -> Payment.create(PaymentId.newId(), context, tooMuch))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("[V1]")
                .hasMessageContaining("l'acompte demandé (70 000,00 €) dépasse le plafond de 80,00 % de la subvention votée (64 000,00 €)");
        assertThat(context.existingPayments()).isEmpty();
    }

    @Test
    void v1_advances_add_up_against_the_cap() {
        PaymentContext afterFirst = PaymentFixtures.signed().with(Payment.create(PaymentId.newId(), PaymentFixtures.signed(),
                PaymentRequest.advance(Amount.of(24_000), CT1, AFTER_SIGNATURE, "M-1")));

        assertThatThrownBy(() -> PaymentPolicy.check(afterFirst, PaymentRequest.advance(Amount.of("40000.01"), PAYS_D_AIX, AFTER_SIGNATURE, "M-2")))
                .hasMessageContaining("[V1]")
                .hasMessageContaining("24 000,00 €")
                .hasMessageContaining("64 000,01 €");
        assertThat(PaymentPolicy.allows(afterFirst, PaymentRequest.advance(Amount.of(40_000), PAYS_D_AIX, AFTER_SIGNATURE, "M-2"))).isTrue();
    }

    @Test
    void v1_advance_rate_is_a_setting_of_the_agreement() {
        PaymentContext at50 = new PaymentContext(PaymentFixtures.AGREEMENT, AgreementStatus.SIGNED, SIGNED_ON, Amount.of(80_000),
                Amount.of(80_000), Rate.ofPercent(50), Map.of(CT1, Amount.of(80_000)), List.of(), false, false);

        assertThat(at50.advanceCap()).isEqualTo(Amount.of(40_000));
        assertThat(PaymentPolicy.allows(at50, PaymentRequest.advance(Amount.of(40_000), CT1, AFTER_SIGNATURE, null))).isTrue();
        assertThat(PaymentPolicy.allows(at50, PaymentRequest.advance(Amount.of("40000.01"), CT1, AFTER_SIGNATURE, null))).isFalse();
    }

    @Test
    void v1_payment_before_signature_is_refused() {
        PaymentContext approved = PaymentFixtures.context(AgreementStatus.APPROVED, PaymentFixtures.VOTED, List.of(), false);

        assertThatThrownBy(() -> Payment.create(PaymentId.newId(), approved, PaymentRequest.advance(Amount.of(10_000), CT1, AFTER_SIGNATURE, "M-1")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("[V1]")
                .hasMessageContaining("approuvée (non signée)");
        assertThat(approved.existingPayments()).isEmpty();
    }

    @Test
    void v1_advance_value_date_cannot_precede_the_signature() {
        PaymentContext context = PaymentFixtures.signed();

        assertThatThrownBy(() -> PaymentPolicy.check(context, PaymentRequest.advance(Amount.of(10_000), CT1, SIGNED_ON.minusDays(1), "M-1")))
                .hasMessageContaining("[V1]")
                .hasMessageContaining("la date de valeur (01/03/2020) précède la signature (02/03/2020)");
        assertThat(PaymentPolicy.allows(context, PaymentRequest.advance(Amount.of(10_000), CT1, SIGNED_ON, "M-1"))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = AgreementStatus.class, names = {"DRAFT", "APPROVED", "SETTLED", "CLOSED", "TERMINATED"})
    void v1_no_advance_unless_the_agreement_is_signed(AgreementStatus status) {
        PaymentContext context = PaymentFixtures.context(status, PaymentFixtures.VOTED, List.of(), true);

        assertThatThrownBy(() -> PaymentPolicy.check(context, PaymentRequest.advance(Amount.of(1_000), CT1, AFTER_SIGNATURE, null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("[V1]")
                .hasMessageContaining("cette convention est " + AgreementStatusLabel.of(status));
    }

    // ---- V2 balance -------------------------------------------------------------------------

    @Test
    void v2_balance_is_the_rest_16000_when_real_expenses_reach_the_forecast() {
        PaymentContext settled = PaymentFixtures.settled(Amount.of(80_000), true);

        assertThat(settled.balanceDue()).isEqualTo(Amount.of("16000.00"));
        Payment balance = Payment.create(PaymentId.newId(), settled, PaymentRequest.balance(
                orderedSplit(Amount.of(6_000), Amount.of(10_000)), LocalDate.of(2021, 7, 15), "M-2021-0042"));

        assertThat(balance.kind()).isEqualTo(PaymentKind.BALANCE);
        assertThat(balance.amount()).isEqualTo(Amount.of("16000.00"));
        assertThat(balance.amountOn(CT1)).isEqualTo(Amount.of(6_000));
        assertThat(balance.amountOn(PAYS_D_AIX)).isEqualTo(Amount.of(10_000));
        assertThat(settled.with(balance).totalPaid()).isEqualTo(Amount.of(80_000));
    }

    @Test
    void v2_balance_is_8000_when_the_subsidy_is_adjusted_to_72000() {
        PaymentContext settled = PaymentFixtures.settled(Amount.of(72_000), true);

        assertThat(settled.balanceDue()).isEqualTo(Amount.of("8000.00"));
        assertThat(PaymentPolicy.allows(settled, PaymentRequest.balance(Amount.of(8_000), PAYS_D_AIX, LocalDate.of(2021, 7, 15), null))).isTrue();
        assertThat(PaymentPolicy.allows(settled, PaymentRequest.balance(
                orderedSplit(Amount.of(3_000), Amount.of(5_000)), LocalDate.of(2021, 7, 15), null))).isTrue();
        assertThatThrownBy(() -> PaymentPolicy.check(settled, PaymentRequest.balance(Amount.of(16_000), PAYS_D_AIX, LocalDate.of(2021, 7, 15), null)))
                .hasMessageContaining("[V2]")
                .hasMessageContaining("le solde demandé (16 000,00 €) doit être égal à la subvention ajustée (72 000,00 €) moins les sommes déjà versées (64 000,00 €), soit 8 000,00 €");
    }

    @Test
    void v2_balance_before_documents_accepted_is_refused() {
        PaymentContext settled = PaymentFixtures.settled(Amount.of(80_000), false);

        assertThatThrownBy(() -> Payment.create(PaymentId.newId(), settled,
                PaymentRequest.balance(Amount.of(16_000), PAYS_D_AIX, LocalDate.of(2021, 7, 15), "M-9")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("[V2]")
                .hasMessageContaining("compte de résultat final")
                .hasMessageContaining("(O10)");
        assertThat(settled.totalPaid()).isEqualTo(Amount.of(64_000));
    }

    @Test
    void v2_balance_before_settlement_is_refused() {
        PaymentContext signed = PaymentFixtures.context(AgreementStatus.SIGNED, PaymentFixtures.VOTED, PaymentFixtures.advancesOf64000(), true);

        assertThatThrownBy(() -> PaymentPolicy.check(signed, PaymentRequest.balance(Amount.of(16_000), PAYS_D_AIX, LocalDate.of(2021, 7, 15), null)))
                .hasMessageContaining("[V2]")
                .hasMessageContaining("cette convention est signée");
    }

    @Test
    void v2_a_second_balance_is_refused() {
        PaymentContext settled = PaymentFixtures.settled(Amount.of(80_000), true);
        // staff wrongly pay only the Pays d'Aix part as "the" balance, then try a second one for CT1
        Payment balance = Payment.create(PaymentId.newId(), PaymentFixtures.settled(Amount.of(74_000), true),
                PaymentRequest.balance(Amount.of(10_000), PAYS_D_AIX, LocalDate.of(2021, 7, 15), "M-10"));
        PaymentContext afterBalance = settled.with(balance);

        assertThatThrownBy(() -> Payment.create(PaymentId.newId(), afterBalance,
                PaymentRequest.balance(Amount.of(6_000), CT1, LocalDate.of(2021, 8, 1), "M-11")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("[V2]")
                .hasMessageContaining("le solde de cette convention a déjà été versé");
        assertThat(afterBalance.totalPaid()).isEqualTo(Amount.of(74_000));
        assertThat(afterBalance.recordedPayments()).hasSize(3);
    }

    @Test
    void v2_no_balance_when_nothing_is_due() {
        PaymentContext overpaid = PaymentFixtures.settled(Amount.of(56_000), true);

        assertThatThrownBy(() -> PaymentPolicy.check(overpaid, PaymentRequest.balance(Amount.ofCents(1), PAYS_D_AIX, LocalDate.of(2021, 7, 15), null)))
                .hasMessageContaining("[V2]")
                .hasMessageContaining("aucun solde n'est dû : déjà versé 64 000,00 € pour une subvention ajustée de 56 000,00 €");
    }

    // ---- V3 cap and duplicates --------------------------------------------------------------

    @Test
    void v3_payment_above_adjusted_subsidy_is_refused() {
        // the subsidy was reduced to 50 000,00 € by a funding decision (A3) while still signed
        PaymentContext reduced = PaymentFixtures.context(AgreementStatus.SIGNED, Amount.of(50_000), List.of(), false);
        reduced = reduced.with(Payment.create(PaymentId.newId(), reduced, PaymentRequest.advance(Amount.of(30_000), CT1, AFTER_SIGNATURE, "M-1")));
        reduced = reduced.with(Payment.create(PaymentId.newId(), reduced, PaymentRequest.advance(Amount.of(20_000), PAYS_D_AIX, AFTER_SIGNATURE, "M-2")));
        PaymentContext fullyPaid = reduced;

        assertThatThrownBy(() -> Payment.create(PaymentId.newId(), fullyPaid,
                PaymentRequest.advance(Amount.of(1_000), PAYS_D_AIX, AFTER_SIGNATURE, "M-3")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("[V3]")
                .hasMessageContaining("le versement (1 000,00 €) porterait le total versé à 51 000,00 €, au-delà de la subvention ajustée (50 000,00 €)");
        assertThat(fullyPaid.totalPaid()).isEqualTo(Amount.of(50_000));
        assertThat(fullyPaid.existingPayments()).hasSize(2);
    }

    @Test
    void v3_duplicate_payment_order_is_refused() {
        PaymentContext context = PaymentFixtures.signed();
        Payment first = Payment.create(PaymentId.newId(), context, PaymentRequest.advance(Amount.of(10_000), CT1, AFTER_SIGNATURE, "M-2020-0101"));
        PaymentContext afterFirst = context.with(first);

        assertThatThrownBy(() -> Payment.create(PaymentId.newId(), afterFirst,
                PaymentRequest.advance(Amount.of(10_000), PAYS_D_AIX, AFTER_SIGNATURE, " M-2020-0101 ")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("[V3]")
                .hasMessageContaining("le mandat n° M-2020-0101 est déjà enregistré");
        assertThat(afterFirst.recordedPayments()).containsExactly(first);
    }

    @Test
    void v3_a_cancelled_payment_frees_its_amount_but_not_its_payment_order() {
        PaymentContext context = PaymentFixtures.signed();
        Payment wrong = Payment.create(PaymentId.newId(), context, PaymentRequest.advance(Amount.of(50_000), PAYS_D_AIX, AFTER_SIGNATURE, "M-1"));
        wrong.cancel("RIB erroné", "service financier", AFTER_SIGNATURE.plusDays(2));
        PaymentContext afterCancel = context.with(wrong);

        assertThat(afterCancel.totalPaid()).isEqualTo(Amount.ZERO);
        assertThat(PaymentPolicy.allows(afterCancel, PaymentRequest.advance(Amount.of(24_000), CT1, AFTER_SIGNATURE, "M-2"))).isTrue();
        assertThatThrownBy(() -> PaymentPolicy.check(afterCancel, PaymentRequest.advance(Amount.of(24_000), CT1, AFTER_SIGNATURE, "M-1")))
                .hasMessageContaining("[V3]");
    }

    // ---- V4 budget lines ---------------------------------------------------------------------

    @Test
    void v4_payment_on_a_line_outside_the_agreement_is_refused() {
        BudgetLineId other = BudgetLineId.of("00000000-0000-0000-0000-0000000000ff");

        assertThatThrownBy(() -> PaymentPolicy.check(PaymentFixtures.signed(), PaymentRequest.advance(Amount.of(1_000), other, AFTER_SIGNATURE, null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("[V4]")
                .hasMessageContaining("ne finance pas cette convention");
    }

    @Test
    void v4_payments_on_a_line_stay_within_its_share() {
        PaymentContext context = PaymentFixtures.signed();

        assertThatThrownBy(() -> PaymentPolicy.check(context, PaymentRequest.advance(Amount.of(40_000), CT1, AFTER_SIGNATURE, null)))
                .hasMessageContaining("[V4]")
                .hasMessageContaining("l'imputation de 40 000,00 € porterait le total imputé sur la ligne budgétaire à 40 000,00 €, au-delà de sa part de la subvention (30 000,00 €)");
        assertThat(PaymentPolicy.allows(context, PaymentRequest.advance(Amount.of(30_000), CT1, AFTER_SIGNATURE, null))).isTrue();
    }

    // ---- A3 suspension and other statuses ------------------------------------------------------

    @Test
    void a3_no_payment_while_payments_are_suspended() {
        PaymentContext suspendedByDecision = new PaymentContext(PaymentFixtures.AGREEMENT, AgreementStatus.SIGNED, SIGNED_ON,
                PaymentFixtures.VOTED, PaymentFixtures.VOTED, Rate.ofPercent(80),
                Map.of(CT1, Amount.of(30_000), PAYS_D_AIX, Amount.of(50_000)), List.of(), false, true);
        PaymentContext suspendedStatus = PaymentFixtures.context(AgreementStatus.SUSPENDED, PaymentFixtures.VOTED, List.of(), false);

        for (PaymentContext context : List.of(suspendedByDecision, suspendedStatus)) {
            assertThatThrownBy(() -> PaymentPolicy.check(context, PaymentRequest.advance(Amount.of(1_000), CT1, AFTER_SIGNATURE, null)))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("[A3]")
                    .hasMessageContaining("suspendus");
        }
    }

    @ParameterizedTest
    @EnumSource(value = AgreementStatus.class, names = {"DRAFT", "APPROVED", "SIGNED", "CLOSED", "TERMINATED"})
    void v2_no_balance_unless_the_agreement_is_settled(AgreementStatus status) {
        PaymentContext context = PaymentFixtures.context(status, PaymentFixtures.VOTED, List.of(), true);

        assertThatThrownBy(() -> PaymentPolicy.check(context, PaymentRequest.balance(Amount.of(16_000), PAYS_D_AIX, AFTER_SIGNATURE, null)))
                .hasMessageContaining("[V2]")
                .hasMessageContaining(AgreementStatusLabel.of(status));
    }

    @Test
    void v4_each_line_of_a_split_balance_stays_within_its_share() {
        PaymentContext settled = PaymentFixtures.settled(Amount.of(80_000), true);

        assertThat(settled.remainingShareOn(CT1)).isEqualTo(Amount.of(6_000));
        assertThat(settled.remainingShareOn(PAYS_D_AIX)).isEqualTo(Amount.of(10_000));
        assertThatThrownBy(() -> PaymentPolicy.check(settled, PaymentRequest.balance(Amount.of(16_000), PAYS_D_AIX, LocalDate.of(2021, 7, 15), null)))
                .hasMessageContaining("[V4]")
                .hasMessageContaining("56 000,00 €, au-delà de sa part de la subvention (50 000,00 €)");
        assertThatThrownBy(() -> PaymentPolicy.check(settled, PaymentRequest.balance(
                orderedSplit(Amount.of(7_000), Amount.of(9_000)), LocalDate.of(2021, 7, 15), null)))
                .hasMessageContaining("[V4]")
                .hasMessageContaining("31 000,00 €");
    }

    private static Map<BudgetLineId, Amount> orderedSplit(Amount onCt1, Amount onPaysDAix) {
        Map<BudgetLineId, Amount> split = new java.util.LinkedHashMap<>();
        split.put(CT1, onCt1);
        split.put(PAYS_D_AIX, onPaysDAix);
        return split;
    }

    // ---- context invariants -------------------------------------------------------------------

    @Test
    void context_refuses_a_split_that_does_not_add_up_to_the_voted_subsidy() {
        assertThatThrownBy(() -> new PaymentContext(PaymentFixtures.AGREEMENT, AgreementStatus.SIGNED, SIGNED_ON, Amount.of(80_000),
                Amount.of(80_000), Rate.ofPercent(80), Map.of(CT1, Amount.of(30_000)), List.of(), false, false))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("30 000,00 € au lieu de la subvention votée 80 000,00 €");
    }

    @Test
    void context_refuses_an_adjusted_subsidy_above_the_voted_one() {
        assertThatThrownBy(() -> PaymentFixtures.context(AgreementStatus.SETTLED, Amount.of(90_000), new ArrayList<>(), true))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("jamais réévaluée");
    }
}
