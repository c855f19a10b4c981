package fr.conventio.application.mail;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The staff digests already handled: one row per (user name, day), unique in the storage ({@code staff_digest}, V32),
 * written in the caller's transaction — whether a message was queued or the day had nothing to say, so that a second
 * run of the day (a restart's catch-up, a second instance) sends nothing more. A claim made at the same moment by
 * another transaction waits for it.
 */
public interface StaffDigestLogPort {

    /**
     * Records that {@code username}'s digest of {@code day} is handled, with {@code items} lines (0: nothing sent).
     *
     * @return false when it already was (nothing recorded)
     */
    boolean claim(String username, LocalDate day, int items, Instant at);
}
