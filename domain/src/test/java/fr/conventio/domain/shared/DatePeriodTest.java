package fr.conventio.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatePeriodTest {

    private final DatePeriod year2020 = BudgetYear.of(2020).period();

    @Test
    void year_2020_has_366_days_and_2023_has_365() {
        assertThat(year2020.days()).isEqualTo(366);
        assertThat(BudgetYear.of(2023).period().days()).isEqualTo(365);
    }

    @Test
    void on_1_july_2020_182_days_have_elapsed() {
        assertThat(year2020.daysElapsedBefore(LocalDate.of(2020, 7, 1))).isEqualTo(182);
        assertThat(year2020.daysRemainingFrom(LocalDate.of(2020, 7, 1))).isEqualTo(184);
    }

    @Test
    void on_1_october_2023_92_days_remain_that_day_included() {
        assertThat(BudgetYear.of(2023).period().daysRemainingFrom(LocalDate.of(2023, 10, 1))).isEqualTo(92);
    }

    @Test
    void elapsed_days_are_clamped_to_the_period() {
        assertThat(year2020.daysElapsedBefore(LocalDate.of(2019, 6, 1))).isZero();
        assertThat(year2020.daysElapsedBefore(LocalDate.of(2020, 1, 1))).isZero();
        assertThat(year2020.daysElapsedBefore(LocalDate.of(2021, 3, 1))).isEqualTo(366);
    }

    @Test
    void contains_both_ends() {
        assertThat(year2020.contains(LocalDate.of(2020, 1, 1))).isTrue();
        assertThat(year2020.contains(LocalDate.of(2020, 12, 31))).isTrue();
        assertThat(year2020.contains(LocalDate.of(2021, 1, 1))).isFalse();
    }

    @Test
    void a_single_day_period_has_one_day() {
        LocalDate day = LocalDate.of(2020, 2, 29);
        assertThat(new DatePeriod(day, day).days()).isEqualTo(1);
    }

    @Test
    void end_before_start_is_refused_with_both_dates() {
        assertThatThrownBy(() -> new DatePeriod(LocalDate.of(2020, 12, 31), LocalDate.of(2020, 1, 1)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("01/01/2020")
                .hasMessageContaining("31/12/2020");
    }
}
