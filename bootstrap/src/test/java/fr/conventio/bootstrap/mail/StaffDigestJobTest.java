package fr.conventio.bootstrap.mail;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.mail.QueueStaffDigestsResult;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

/** The catch-up at start: today's digests only, and only once today's scheduled time (Paris) has passed. */
class StaffDigestJobTest {

    private final AtomicInteger runs = new AtomicInteger();

    private StaffDigestJob jobAt(String parisTime, String cron) {
        Clock clock = Clock.fixed(ZonedDateTime.parse(parisTime + "+01:00[Europe/Paris]").toInstant(), StaffDigestJob.PARIS);
        return new StaffDigestJob(command -> {
            runs.incrementAndGet();
            assertThat(SecurityContextHolder.getContext().getAuthentication().getName()).isEqualTo(StaffDigestJob.SYSTEM_USER);
            return new QueueStaffDigestsResult(0, 0, 0);
        }, SecurityContextHolder::getContextHolderStrategy, cron, clock);
    }

    @Test
    void a_start_after_todays_time_catches_up_at_once_as_the_system_user() {
        assertThat(jobAt("2026-12-02T09:12:00", "0 30 7 * * *").catchUp()).isTrue();
        assertThat(runs).hasValue(1);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("the caller's context is put back").isNull();
    }

    @Test
    void a_start_before_todays_time_waits_for_the_schedule() {
        assertThat(jobAt("2026-12-02T06:59:00", "0 30 7 * * *").catchUp()).isFalse();
        assertThat(runs).hasValue(0);
    }

    @Test
    void a_day_without_a_scheduled_run_catches_nothing_up() {
        assertThat(jobAt("2026-12-05T10:00:00", "0 30 7 * * MON-FRI").catchUp()).as("a Saturday").isFalse();
        assertThat(runs).hasValue(0);
    }
}
