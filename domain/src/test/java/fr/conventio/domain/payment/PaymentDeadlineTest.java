package fr.conventio.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PaymentDeadlineTest {

    @Test
    void n1_award_notified_15_march_2023_is_due_by_14_may_2023() {
        PaymentDeadline deadline = PaymentDeadline.forAward(LocalDate.of(2023, 3, 15), false, false).orElseThrow();

        assertThat(deadline.dueBy()).isEqualTo(LocalDate.of(2023, 5, 14));
        assertThat(deadline.isMetBy(LocalDate.of(2023, 5, 14))).isTrue();
        assertThat(deadline.isMetBy(LocalDate.of(2023, 5, 15))).isFalse();
        assertThat(deadline.isLateOn(LocalDate.of(2023, 5, 14), false)).isFalse();
        assertThat(deadline.isLateOn(LocalDate.of(2023, 5, 15), false)).isTrue();
        assertThat(deadline.isLateOn(LocalDate.of(2023, 5, 15), true)).isFalse();
    }

    @Test
    void n1_applies_from_1_july_2021_only() {
        assertThat(PaymentDeadline.forAward(LocalDate.of(2021, 6, 30), false, false)).isEmpty();
        assertThat(PaymentDeadline.forAward(LocalDate.of(2021, 7, 1), false, false))
                .map(PaymentDeadline::dueBy).contains(LocalDate.of(2021, 8, 30));
    }

    @Test
    void n1_does_not_apply_when_the_agreement_sets_dates_or_payment_waits_for_an_event() {
        // the seed's advance waits for the signature
        assertThat(PaymentDeadline.forAward(LocalDate.of(2023, 3, 15), false, true)).isEmpty();
        assertThat(PaymentDeadline.forAward(LocalDate.of(2023, 3, 15), true, false)).isEmpty();
    }
}
