package fr.conventio.application.calendar;

import java.time.Instant;
import java.util.Optional;

/** The current user's calendar token as staff may see it: when it was issued, never the secret. Empty when they have none. */
public record CalendarSubscription(Optional<Instant> issuedAt) {

    public boolean active() {
        return issuedAt.isPresent();
    }
}
