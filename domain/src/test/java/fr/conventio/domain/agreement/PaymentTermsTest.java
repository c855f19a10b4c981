package fr.conventio.domain.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.shared.Rate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The advance-rate setting of rule V1 and the N1 inputs; the payment rules are tested with the payments. */
class PaymentTermsTest {

    @Test
    void v1_default_advance_rate_is_80_percent_and_caps_the_seed_advance_at_64000() {
        PaymentTerms terms = PaymentTerms.standard();
        assertThat(terms.advanceRate()).isEqualTo(Rate.ofPercent(80));
        assertThat(terms.advanceCap(Amount.of(80000))).isEqualTo(Amount.of("64000.00"));
        assertThat(terms.balancePart(Amount.of(80000))).isEqualTo(Amount.of("16000.00"));
    }

    @Test
    void v1_advance_rate_is_a_setting_of_the_agreement() {
        PaymentTerms terms = PaymentTerms.standard().withAdvanceRate(Rate.ofPercent("33.33"));
        // 80 000 × 33.33 % = 26 664.00
        assertThat(terms.advanceCap(Amount.of(80000))).isEqualTo(Amount.of(26664));
        // 1 000.01 × 33.33 % = 333.303333 → 333.30
        assertThat(terms.advanceCap(Amount.of("1000.01"))).isEqualTo(Amount.of("333.30"));
        assertThat(PaymentTerms.standard().withAdvanceRate(Rate.HUNDRED).balancePart(Amount.of(80000))).isEqualTo(Amount.ZERO);
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
                .hasMessageContaining("33.333");
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
