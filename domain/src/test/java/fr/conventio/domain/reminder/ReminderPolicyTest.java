package fr.conventio.domain.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.obligation.ObligationStatus;
import fr.conventio.domain.party.EmailAddress;
import fr.conventio.domain.shared.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReminderPolicyTest {

    private static final ObligationId REPORT = ObligationId.newId();
    private static final LocalDate DUE = LocalDate.of(2021, 6, 30);
    private final ReminderPolicy policy = ReminderPolicy.standard();

    private Optional<DueReminder> on(LocalDate today) {
        return policy.dueOn(REPORT, DUE, ObligationStatus.PENDING, today);
    }

    @Test
    void nothing_is_due_before_the_first_offset() {
        assertThat(on(DUE.minusDays(16))).isEmpty();
    }

    @Test
    void each_offset_gives_its_reminder_on_its_day() {
        assertThat(on(DUE.minusDays(15))).get().extracting(DueReminder::offset).isEqualTo(ReminderOffset.before(15));
        assertThat(on(DUE.minusDays(1))).get().extracting(DueReminder::offset).isEqualTo(ReminderOffset.before(1));
        assertThat(on(DUE.plusDays(1))).get().extracting(DueReminder::offset).isEqualTo(ReminderOffset.after(1));
        assertThat(on(DUE.plusDays(15))).get().extracting(DueReminder::offset).isEqualTo(ReminderOffset.after(15));
    }

    @Test
    void between_two_offsets_the_latest_reached_is_due_with_the_same_key_so_it_is_queued_once() {
        DueReminder first = on(DUE.minusDays(15)).orElseThrow();
        DueReminder later = on(DUE.minusDays(10)).orElseThrow();

        assertThat(later.offset()).isEqualTo(ReminderOffset.before(15));
        assertThat(later.key()).isEqualTo(first.key());
        assertThat(later.daysLeft()).isEqualTo(10);
    }

    @Test
    void a_missed_reminder_is_caught_up_within_the_catch_up_days_only() {
        assertThat(on(DUE.plusDays(15 + 7))).get().extracting(DueReminder::offset).isEqualTo(ReminderOffset.after(15));
        assertThat(on(DUE.plusDays(15 + 8))).isEmpty();
        assertThat(on(DUE.minusDays(15 - 8))).isEmpty(); // J-7: J-15 is stale, J-1 not reached
    }

    @Test
    void a_changed_due_date_gives_a_new_key() {
        DueReminder before = on(DUE.minusDays(1)).orElseThrow();
        DueReminder moved = policy.dueOn(REPORT, DUE.plusMonths(1), ObligationStatus.PENDING, DUE.plusMonths(1).minusDays(1)).orElseThrow();

        assertThat(moved.offset()).isEqualTo(before.offset());
        assertThat(moved.key()).isNotEqualTo(before.key()).contains("J-1").contains("2021-07-30");
    }

    @Test
    void only_what_the_association_still_owes_is_reminded() {
        LocalDate late = DUE.plusDays(1);
        assertThat(policy.dueOn(REPORT, DUE, ObligationStatus.REJECTED, late)).isPresent();
        assertThat(policy.dueOn(REPORT, DUE, ObligationStatus.RECEIVED, late)).isEmpty();
        assertThat(policy.dueOn(REPORT, DUE, ObligationStatus.ACCEPTED, late)).isEmpty();
        assertThat(policy.dueOn(REPORT, DUE, ObligationStatus.WAIVED, late)).isEmpty();
    }

    @Test
    void the_offsets_are_configurable_and_read_from_a_setting() {
        ReminderPolicy custom = ReminderPolicy.parse("J+30; j-30 , J0", 0);

        assertThat(custom.offsets()).extracting(ReminderOffset::notation).containsExactly("J-30", "J0", "J+30");
        assertThat(custom.dueOn(REPORT, DUE, ObligationStatus.PENDING, DUE)).get().extracting(DueReminder::offset).isEqualTo(new ReminderOffset(0));
        assertThat(custom.dueOn(REPORT, DUE, ObligationStatus.PENDING, DUE.plusDays(1))).isEmpty(); // no catch-up
        assertThat(ReminderPolicy.parse(" ", 7).dueOn(REPORT, DUE, ObligationStatus.PENDING, DUE)).isEmpty();
        assertThatThrownBy(() -> ReminderPolicy.parse("J-15, demain", 7)).isInstanceOf(InvalidValueException.class).hasMessageContaining("demain");
        assertThatThrownBy(() -> ReminderOffset.parse("J-400")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void the_window_of_due_dates_a_day_can_remind() {
        LocalDate today = LocalDate.of(2021, 6, 1);
        assertThat(policy.latestDueDateRemindedOn(today)).isEqualTo(today.plusDays(15));
        assertThat(policy.earliestDueDateRemindedOn(today)).isEqualTo(today.minusDays(22));
    }

    @Test
    void email_addresses_are_checked_and_bounded() {
        assertThat(new EmailAddress(" contact@asso-exemple.fr ").value()).isEqualTo("contact@asso-exemple.fr");
        assertThat(EmailAddress.optional(" ")).isNull();
        for (String bad : List.of("contact", "contact@", "@asso.fr", "a b@asso.fr", "contact@asso", "x@" + "a".repeat(250) + ".fr")) {
            assertThatThrownBy(() -> new EmailAddress(bad)).as(bad).isInstanceOf(InvalidValueException.class).hasMessageContaining("courriel");
        }
    }
}
