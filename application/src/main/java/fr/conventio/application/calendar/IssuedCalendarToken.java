package fr.conventio.application.calendar;

import java.time.Instant;
import java.util.Objects;

/** A token just issued: the secret, shown to its owner this once (only its digest is kept), and when it was issued. */
public record IssuedCalendarToken(String token, Instant issuedAt) {

    public IssuedCalendarToken {
        Objects.requireNonNull(token);
        Objects.requireNonNull(issuedAt);
    }

    /** Never the secret in logs. */
    @Override
    public String toString() {
        return "IssuedCalendarToken[issuedAt=" + issuedAt + "]";
    }
}
