package fr.conventio.domain.termination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.domain.shared.InvalidValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormalNoticeTest {

    @Test
    void t1_notice_on_15_march_2020_allows_termination_from_15_april_2020() {
        FormalNotice notice = FormalNotice.send(LocalDate.of(2020, 3, 15), "RAR 1A 123 456 7890 1", "rapport d'activité non transmis", Party.FUNDER);

        assertThat(notice.earliestTerminationDate()).isEqualTo(LocalDate.of(2020, 4, 15));
        assertThat(notice.isRemedied()).isFalse();
    }

    @Test
    void t1_one_month_from_31_january_ends_on_the_last_day_of_february() {
        assertThat(FormalNotice.send(LocalDate.of(2020, 1, 31), "RAR 1", "manquement", Party.ASSOCIATION).earliestTerminationDate())
                .isEqualTo(LocalDate.of(2020, 2, 29));
    }

    @Test
    void t1_a_notice_is_sent_by_registered_letter_and_names_the_breach() {
        assertThatThrownBy(() -> FormalNotice.send(LocalDate.of(2020, 3, 15), " ", "manquement", Party.FUNDER))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("lettre recommandée");
        assertThatThrownBy(() -> FormalNotice.send(LocalDate.of(2020, 3, 15), "RAR 1", null, Party.FUNDER))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("manquement");
    }

    @Test
    void t1_remedy_is_dated_after_the_notice() {
        FormalNotice notice = FormalNotice.send(LocalDate.of(2020, 3, 15), "RAR 1", "manquement", Party.FUNDER);

        FormalNotice remedied = notice.remediedOn(LocalDate.of(2020, 4, 1));

        assertThat(remedied.isRemedied()).isTrue();
        assertThat(remedied.optionalRemediedOn()).contains(LocalDate.of(2020, 4, 1));
        assertThat(notice.isRemedied()).isFalse();
        assertThatThrownBy(() -> notice.remediedOn(LocalDate.of(2020, 3, 1))).isInstanceOf(InvalidValueException.class);
    }
}
