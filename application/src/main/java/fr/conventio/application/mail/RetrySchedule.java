package fr.conventio.application.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a failed message is tried again: after {@code firstDelay}, doubled at each attempt, at most
 * {@code maxDelay}; given up after {@code maxAttempts} attempts.
 */
public record RetrySchedule(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    public RetrySchedule {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("retry schedule: at least one attempt, 0 <= first delay <= max delay");
        }
    }

    /** 8 attempts, after 1 min, 2, 4, ... up to 1 h between two: about 2 h in all. */
    public static RetrySchedule standard() {
        return new RetrySchedule(8, Duration.ofMinutes(1), Duration.ofHours(1));
    }

    /** The next attempt after attempt number {@code attempt} (1 for the first) failed at {@code failedAt}; empty: give up. */
    public Optional<Instant> nextAttemptAfter(int attempt, Instant failedAt) {
        if (attempt >= maxAttempts) {
            return Optional.empty();
        }
        Duration delay = firstDelay;
        for (int i = 1; i < attempt && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return Optional.of(failedAt.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay));
    }
}
