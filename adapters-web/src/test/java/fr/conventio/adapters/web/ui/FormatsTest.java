package fr.conventio.adapters.web.ui;

import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.Rate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    private static final String NBSP = "\u00A0";

    @Test
    void amounts_are_shown_french_style_with_no_break_spaces() {
        assertThat(Formats.amount(Amount.of("1040335"))).isEqualTo("1" + NBSP + "040" + NBSP + "335,00" + NBSP + "€");
        assertThat(Formats.amount(Amount.of("80000"))).isEqualTo("80" + NBSP + "000,00" + NBSP + "€");
        assertThat(Formats.amount(Amount.of("0.5"))).isEqualTo("0,50" + NBSP + "€");
    }

    @Test
    void rates_have_two_decimals() {
        assertThat(Formats.rate(Rate.ofPercent("7.69"))).isEqualTo("7,69" + NBSP + "%");
        assertThat(Formats.rate(Rate.ofPercent(80))).isEqualTo("80,00" + NBSP + "%");
    }

    @Test
    void dates_are_day_month_year() {
        assertThat(Formats.date(LocalDate.of(2020, 12, 31))).isEqualTo("31/12/2020");
    }
}
