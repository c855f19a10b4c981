package fr.conventio.application.fakes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A fixed clock ("today") that tests can move: {@link #setToday}, {@link #advance}. Zone Europe/Paris. */
public final class TestClock extends Clock {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private volatile Instant instant;

    public TestClock(LocalDate today) {
        setToday(today);
    }

    public void setToday(LocalDate today) {
        this.instant = today.atTime(9, 0).atZone(PARIS).toInstant();
    }

    /** Moves the clock on by {@code duration} (hours, minutes: a day may change). */
    public void advance(Duration duration) {
        this.instant = instant.plus(duration);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(instant, PARIS);
    }

    @Override
    public ZoneId getZone() {
        return PARIS;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant, zone);
    }

    @Override
    public Instant instant() {
        return instant;
    }
}
