package fr.conventio.application.fakes;

import fr.conventio.application.mail.StaffDigestLogPort;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** In-memory digest log: one entry per (user name, day), as the unique key of {@code staff_digest}. */
public final class InMemoryStaffDigestLog implements StaffDigestLogPort {

    private final Map<String, Integer> items = new LinkedHashMap<>();

    @Override
    public synchronized boolean claim(String username, LocalDate day, int count, Instant at) {
        if (username == null || username.isBlank() || count < 0) {
            throw new IllegalArgumentException("staff digest: a user name and a count >= 0 expected");
        }
        return items.putIfAbsent(username + "|" + day, count) == null;
    }

    /** The number of lines recorded for that person and day, or null when not handled. */
    public synchronized Integer items(String username, LocalDate day) {
        return items.get(username + "|" + day);
    }
}
