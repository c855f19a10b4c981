package fr.conventio.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RateTest {

    @Test
    void equal_rates_ignore_trailing_zeros() {
        assertThat(Rate.ofPercent("80.00")).isEqualTo(Rate.ofPercent(80));
        assertThat(Rate.ofPercent("7.690")).isEqualTo(Rate.ofPercent("7.69"));
    }

    @Test
    void fraction_and_two_decimals_display() {
        assertThat(Rate.ofPercent(80).fraction()).isEqualByComparingTo("0.8");
        assertThat(Rate.ofPercent(80).percentTwoDecimals()).isEqualTo(new BigDecimal("80.00"));
        assertThat(Rate.ofPercent("7.69")).hasToString("7,69 %");
    }

    @Test
    void rate_above_100_or_below_0_is_refused() {
        assertThatThrownBy(() -> Rate.ofPercent(101))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("taux")
                .hasMessageContaining("101");
        assertThatThrownBy(() -> Rate.ofPercent("-0.01"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("entre 0 et 100");
    }

    @Test
    void bounds_are_accepted() {
        assertThat(Rate.ofPercent(0)).isEqualTo(Rate.ZERO);
        assertThat(Rate.ofPercent("100.00")).isEqualTo(Rate.HUNDRED);
    }

    @Test
    void text_that_is_not_a_percentage_is_refused() {
        assertThatThrownBy(() -> Rate.ofPercent("quatre-vingts"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("pourcentage");
    }

    @Test
    void rates_are_ordered() {
        assertThat(Rate.ofPercent("7.69")).isLessThan(Rate.ofPercent(80));
    }
}
