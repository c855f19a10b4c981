package fr.conventio.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

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
                .hasMessageContaining("10,005 €");
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

    // ---- sharing out (largest remainder, B4) ---------------------------------------------------

    private static List<Amount> euros(String... values) {
        return java.util.Arrays.stream(values).map(Amount::of).toList();
    }

    @Test
    void apportion_gives_the_leftover_cent_to_the_largest_remainder() {
        // 0,01 € over 1 € and 3 €: exact shares 0,0025 € and 0,0075 €
        assertThat(Amount.of("0.01").apportion(euros("1", "3"))).containsExactly(Amount.of("0.00"), Amount.of("0.01"));
        // T3 restitution over the seed's advances: 9 081,9675 € and 15 136,6125 €
        assertThat(Amount.of("24218.58").apportion(euros("24000", "40000")))
                .containsExactly(Amount.of("9081.97"), Amount.of("15136.61"));
    }

    @Test
    void apportion_gives_the_leftover_cent_to_the_first_part_on_a_tie() {
        assertThat(Amount.of("0.01").apportion(euros("5", "5"))).containsExactly(Amount.of("0.01"), Amount.of("0.00"));
        // 1,00 € over three equal weights: 0,34 + 0,33 + 0,33
        assertThat(Amount.of("1").apportion(euros("2", "2", "2"))).containsExactly(Amount.of("0.34"), Amount.of("0.33"), Amount.of("0.33"));
    }

    @Test
    void apportion_keeps_exact_shares_and_gives_nothing_to_a_zero_weight() {
        assertThat(Amount.of("8000").apportion(euros("30000", "0", "50000")))
                .containsExactly(Amount.of("3000"), Amount.ZERO, Amount.of("5000"));
        assertThat(Amount.ZERO.apportion(euros("0", "0"))).containsExactly(Amount.ZERO, Amount.ZERO);
    }

    @Test
    void apportion_of_an_amount_on_zero_weights_is_refused() {
        assertThatThrownBy(() -> Amount.of("0.01").apportion(euros("0", "0")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("impossible de répartir 1 centimes sur des poids nuls");
        assertThatThrownBy(() -> RoundingPolicy.apportionCents(100, new long[] {100, -1}))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("un poids de répartition ne peut pas être négatif");
    }

    @Test
    void apportion_cents_above_the_weights_still_add_up() {
        assertThat(RoundingPolicy.apportionCents(1000, new long[] {1, 2})).containsExactly(333, 667);
    }

    @Test
    void percent_at_most_rounds_a_cap_down_to_the_cent() {
        assertThat(Amount.of("1234.57").percentAtMost(Rate.ofPercent(80))).isEqualTo(Amount.of("987.65"));
        assertThat(Amount.of("1234.57").percent(Rate.ofPercent(80))).isEqualTo(Amount.of("987.66"));
    }
}
