package fr.conventio.domain.agreement;

import static fr.conventio.domain.PropertyTesting.forAll;
import static fr.conventio.domain.PropertyTesting.longsBetween;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.shared.Rate;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The advance-rate setting of rule V1 and the N1 inputs; the payment rules are tested with the payments. */
class PaymentTermsTest {

    @Test
    void v1_default_advance_rate_is_80_percent_and_caps_the_seed_advance_at_64000() {
        PaymentTerms terms = PaymentTerms.standard();
        assertThat(terms.advanceRate()).isEqualTo(Rate.ofPercent(80));
        assertThat(terms.advanceCap(Amount.of(80000))).isEqualTo(Amount.of("64000.00"));
    }

    @Test
    void v1_the_cap_is_rounded_down_to_the_cent_never_above_the_rate() {
        // 80 % of 1 234,57 € is 987,656 €: half-up would give 987,66 €, one cent above 80 %
        assertThat(PaymentTerms.standard().advanceCap(Amount.of("1234.57"))).isEqualTo(Amount.of("987.65"));
        // 33,33 % of 0,02 € is 0,006666 €: half-up would allow a cent, above the rate
        assertThat(PaymentTerms.standard().withAdvanceRate(Rate.ofPercent("33.33")).advanceCap(Amount.of("0.02"))).isEqualTo(Amount.ZERO);
    }

    record CapCase(long subsidyCents, long rateBasisPoints) {
    }

    @Test
    void v1_the_cap_is_never_above_rate_times_subsidy_and_less_than_one_cent_below_it() {
        forAll(longsBetween(0, 100_000_000_00L).zip(longsBetween(1, 10_000), CapCase::new), c -> {
            Amount subsidy = Amount.ofCents(c.subsidyCents());
            Rate rate = Rate.ofPercent(BigDecimal.valueOf(c.rateBasisPoints(), 2));
            BigDecimal exact = subsidy.value().multiply(rate.percent()).divide(BigDecimal.valueOf(100));

            BigDecimal cap = PaymentTerms.standard().withAdvanceRate(rate).advanceCap(subsidy).value();

            assertThat(cap).isLessThanOrEqualTo(exact);
            assertThat(exact.subtract(cap)).isLessThan(new BigDecimal("0.01"));
        });
    }

    @Test
    void v1_advance_rate_is_a_setting_of_the_agreement() {
        PaymentTerms terms = PaymentTerms.standard().withAdvanceRate(Rate.ofPercent("33.33"));
        // 80 000 × 33.33 % = 26 664.00
        assertThat(terms.advanceCap(Amount.of(80000))).isEqualTo(Amount.of(26664));
        // 1 000.01 × 33.33 % = 333.303333 → 333.30
        assertThat(terms.advanceCap(Amount.of("1000.01"))).isEqualTo(Amount.of("333.30"));
        // at 100 % the whole subsidy may be advanced
        assertThat(PaymentTerms.standard().withAdvanceRate(Rate.HUNDRED).advanceCap(Amount.of(80000))).isEqualTo(Amount.of(80000));
    }

    @Test
    void v1_advance_rate_of_zero_is_refused() {
        assertThatThrownBy(() -> PaymentTerms.standard().withAdvanceRate(Rate.ZERO))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("taux d'acompte")
                .hasMessageContaining("supérieur à 0 %");
    }

    @Test
    void v1_advance_rate_with_more_than_two_decimals_is_refused() {
        PaymentTerms standard = PaymentTerms.standard();
        assertThatThrownBy(() -> standard.withAdvanceRate(Rate.ofPercent("33.333")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("taux d'acompte")
                .hasMessageContaining("deux décimales")
                .hasMessageContaining("33,333 %");
        assertThat(standard.advanceRate()).isEqualTo(Rate.ofPercent(80));
    }

    @Test
    void n1_inputs_payment_dates_event_and_award_notification() {
        PaymentTerms standard = PaymentTerms.standard();
        assertThat(standard.setsOwnPaymentSchedule()).isFalse();
        assertThat(standard.awardNotificationDate()).isEmpty();

        PaymentTerms dated = standard.withPaymentDates(List.of(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 4, 1), LocalDate.of(2023, 9, 1)))
                .withAwardNotifiedOn(LocalDate.of(2023, 3, 15));
        assertThat(dated.paymentDates()).containsExactly(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 9, 1));
        assertThat(dated.setsOwnPaymentSchedule()).isTrue();
        assertThat(dated.awardNotificationDate()).contains(LocalDate.of(2023, 3, 15));

        assertThat(standard.withPaymentOnEvent(true).setsOwnPaymentSchedule()).isTrue();
    }
}
