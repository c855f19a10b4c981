package fr.conventio.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.fakes.TestClock;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;

/** The sliding window and the lock-out of {@link SignInThrottle}, on a test clock. */
class SignInThrottleTest {

    private final TestClock clock = new TestClock(LocalDate.of(2026, 12, 1));
    private final SignInThrottle throttle = new SignInThrottle(new SignInProperties(3, 5, Duration.ofMinutes(10), Duration.ofMinutes(15)), clock);

    @Test
    void the_third_failure_within_the_window_locks_the_user_name_for_the_lockout_whatever_its_case() {
        throttle.recordFailure("Marie", "10.0.0.1");
        throttle.recordFailure("marie ", "10.0.0.2");
        assertThat(throttle.lockedUntil("marie", "10.0.0.3")).isEmpty();

        SignInThrottle.Failure third = throttle.recordFailure("MARIE", "10.0.0.3");

        assertThat(third.account().locksNow()).isTrue();
        assertThat(third.account().failures()).isEqualTo(3);
        assertThat(throttle.lockedUntil("marie", "10.9.9.9")).contains(clock.instant().plus(Duration.ofMinutes(15)));
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.lockedUntil("marie", "10.9.9.9")).as("over at its end").isEmpty();
        assertThat(throttle.recordFailure("marie", "10.0.0.1").account().failures()).as("counted again from one").isEqualTo(1);
    }

    @Test
    void failures_older_than_the_window_no_longer_count() {
        throttle.recordFailure("paul", "10.0.0.1");
        throttle.recordFailure("paul", "10.0.0.1");
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));

        SignInThrottle.Failure third = throttle.recordFailure("paul", "10.0.0.1");

        assertThat(third.account().failures()).isEqualTo(1);
        assertThat(third.account().locksNow()).isFalse();
        assertThat(throttle.lockedUntil("paul", "10.0.0.1")).isEmpty();
    }

    @Test
    void a_success_forgets_the_failures_of_its_user_name_not_of_its_address() {
        throttle.recordFailure("lea", "10.0.0.7");
        throttle.recordFailure("lea", "10.0.0.7");
        throttle.recordSuccess("lea");

        SignInThrottle.Failure next = throttle.recordFailure("lea", "10.0.0.7");

        assertThat(next.account().failures()).isEqualTo(1);
        assertThat(next.address().failures()).isEqualTo(3);
    }

    @Test
    void an_address_is_locked_after_its_own_limit_for_every_user_name() {
        for (int i = 1; i <= 5; i++) {
            throttle.recordFailure("essai" + i, "10.0.0.66");
        }
        assertThat(throttle.lockedUntil("quelquun", "10.0.0.66")).isPresent();
        assertThat(throttle.lockedUntil("quelquun", "10.0.0.67")).isEmpty();
    }

    @Test
    void a_flood_of_invented_names_and_addresses_is_bounded_and_purged_once_out_of_the_window() {
        for (int i = 0; i < SignInThrottle.MAX_TRACKED + 50; i++) {
            throttle.recordFailure("nom-" + i, "10.1." + (i / 250) + "." + (i % 250));
        }
        SignInThrottle.Failure beyond = throttle.recordFailure("encore-un", "10.200.0.1");
        assertThat(beyond.account().failures()).as("not tracked: the tables are full of recent failures").isZero();
        assertThat(beyond.address().failures()).isZero();
        clock.advance(Duration.ofMinutes(11));
        assertThat(throttle.recordFailure("encore-un", "10.200.0.1").account().failures()).as("old entries purged").isEqualTo(1);
    }
}
