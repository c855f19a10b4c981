package fr.conventio.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmountTest {

    @Test
    void equal_amounts_ignore_trailing_zeros_and_keep_scale_two() {
        assertThat(Amount.of(80000)).isEqualTo(Amount.of("80000.00")).isEqualTo(Amount.of("80000.0"));
        assertThat(Amount.of("936301.5").value().scale()).isEqualTo(2);
        assertThat(Amount.ofCents(1).value()).isEqualByComparingTo("0.01");
    }

    @Test
    void negative_amount_is_refused_and_names_the_field() {
        assertThatThrownBy(() -> Amount.of("-1"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("montant")
                .hasMessageContaining("négatif");
    }

    @Test
    void more_than_two_decimals_is_refused_not_rounded() {
        assertThatThrownBy(() -> Amount.of("10.005"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("deux décimales")
                .hasMessageContaining("10.005");
    }

    @Test
    void text_that_is_not_a_number_is_refused() {
        assertThatThrownBy(() -> Amount.of("quatre-vingts"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("quatre-vingts");
    }

    @Test
    void plus_minus_and_sum() {
        assertThat(Amount.of(30000).plus(Amount.of(50000))).isEqualTo(Amount.of(80000));
        assertThat(Amount.of(80000).minus(Amount.of(64000))).isEqualTo(Amount.of(16000));
        assertThat(Amount.sum(List.of(Amount.of(30000), Amount.of(50000), Amount.ofCents(1)))).isEqualTo(Amount.of("80000.01"));
        assertThat(Amount.sum(List.of())).isEqualTo(Amount.ZERO);
    }

    @Test
    void minus_below_zero_is_refused_but_minus_or_zero_floors() {
        assertThatThrownBy(() -> Amount.of(64000).minus(Amount.of(72000)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("72 000,00 €");
        assertThat(Amount.of(64000).minusOrZero(Amount.of(72000))).isEqualTo(Amount.ZERO);
    }

    @Test
    void prorata_of_seed_underspend_examples() {
        Amount subsidy = Amount.of(80000);
        Amount forecast = Amount.of(1040335);
        assertThat(subsidy.prorata(Amount.of("936301.50"), forecast)).isEqualTo(Amount.of(72000));
        assertThat(subsidy.prorata(Amount.of("728234.50"), forecast)).isEqualTo(Amount.of(56000));
        assertThat(subsidy.prorata(BigDecimal.valueOf(182), BigDecimal.valueOf(366))).isEqualTo(Amount.of("39781.42"));
    }

    @Test
    void prorata_rounds_half_up_to_the_cent() {
        // 0.05 × 1 / 2 = 0.025 → 0.03 (half-up), not 0.02 (half-even)
        assertThat(Amount.of("0.05").prorata(BigDecimal.ONE, BigDecimal.valueOf(2))).isEqualTo(Amount.of("0.03"));
    }

    @Test
    void prorata_refuses_zero_denominator() {
        assertThatThrownBy(() -> Amount.of(10).prorata(BigDecimal.ONE, BigDecimal.ZERO))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("dénominateur");
    }

    @Test
    void percent_gives_the_seed_advance_cap() {
        assertThat(Amount.of(80000).percent(Rate.ofPercent(80))).isEqualTo(Amount.of(64000));
    }

    @Test
    void share_of_seed_subsidy_in_forecast_is_7_69_percent() {
        assertThat(Amount.of(80000).shareOf(Amount.of(1040335))).isEqualTo(Rate.ofPercent("7.69"));
    }

    @Test
    void share_of_a_zero_whole_is_refused() {
        assertThatThrownBy(() -> Amount.of(1).shareOf(Amount.ZERO))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("total nul");
    }

    @Test
    void comparisons_and_cents() {
        assertThat(Amount.of(2).isGreaterThan(Amount.of(1))).isTrue();
        assertThat(Amount.of(1).isLessThan(Amount.of(1))).isFalse();
        assertThat(Amount.of(5).min(Amount.of(3))).isEqualTo(Amount.of(3));
        assertThat(Amount.of("1040335.00").cents()).isEqualTo(104033500L);
        assertThat(Amount.of(80000)).hasToString("80 000,00 €");
    }
}
