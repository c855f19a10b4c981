package fr.conventio.bootstrap.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Counts failed sign-ins per user name and per client address over a sliding window and locks either
 * for a while once it reaches its limit ({@link SignInProperties}). A user name is counted whether or not
 * such a user exists, so a lock-out reveals nothing about the accounts. A successful sign-in clears the
 * failures of its user name (not of its address). Time comes from the injected clock.
 *
 * <p>Held in memory, per application instance (a restart clears it); at most {@value #MAX_TRACKED} user
 * names and as many addresses are tracked, so that a flood of invented names cannot exhaust memory (beyond
 * that, new names are not counted but their address still is).
 */
public class SignInThrottle {

    static final int MAX_TRACKED = 10_000;
    private static final int MAX_KEY_LENGTH = 200;

    private final SignInProperties limits;
    private final Clock clock;
    private final Map<String, Failures> accounts = new HashMap<>();
    private final Map<String, Failures> addresses = new HashMap<>();

    public SignInThrottle(SignInProperties limits, Clock clock) {
        this.limits = Objects.requireNonNull(limits);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Until when sign-ins for this user name or from this address are refused, if they are now. */
    public synchronized Optional<Instant> lockedUntil(String username, String address) {
        Instant now = clock.instant();
        return latest(lockOf(accounts, accountKey(username), now), lockOf(addresses, addressKey(address), now));
    }

    /** Counts a failed sign-in (wrong password or unknown user) and says where the counters stand. */
    public synchronized Failure recordFailure(String username, String address) {
        Instant now = clock.instant();
        purgeIfFull(now);
        Count account = count(accounts, accountKey(username), limits.maxFailuresPerAccount(), now);
        Count byAddress = count(addresses, addressKey(address), limits.maxFailuresPerAddress(), now);
        return new Failure(account, byAddress);
    }

    /** A successful sign-in: the failures of this user name are forgotten. */
    public synchronized void recordSuccess(String username) {
        accounts.remove(accountKey(username));
    }

    public SignInProperties limits() {
        return limits;
    }

    private Count count(Map<String, Failures> map, String key, int max, Instant now) {
        if (key.isEmpty()) {
            return Count.NOT_COUNTED;
        }
        Failures failures = map.get(key);
        if (failures == null) {
            if (map.size() >= MAX_TRACKED) {
                return Count.NOT_COUNTED;
            }
            failures = new Failures();
            map.put(key, failures);
        }
        failures.forgetBefore(now.minus(limits.window()), now);
        failures.times.addLast(now);
        int total = failures.times.size();
        boolean locksNow = failures.lockedUntil == null && total >= max;
        if (locksNow) {
            failures.lockedUntil = now.plus(limits.lockout());
        }
        return new Count(total, max, locksNow, Optional.ofNullable(failures.lockedUntil));
    }

    private static Optional<Instant> lockOf(Map<String, Failures> map, String key, Instant now) {
        Failures failures = map.get(key);
        if (failures == null || failures.lockedUntil == null) {
            return Optional.empty();
        }
        if (!now.isBefore(failures.lockedUntil)) {
            // the lock is over: its failures are forgotten, the next failure counts from one
            failures.lockedUntil = null;
            failures.times.clear();
            return Optional.empty();
        }
        return Optional.of(failures.lockedUntil);
    }

    private void purgeIfFull(Instant now) {
        for (Map<String, Failures> map : java.util.List.of(accounts, addresses)) {
            if (map.size() >= MAX_TRACKED) {
                Instant windowStart = now.minus(limits.window());
                map.values().removeIf(failures -> {
                    failures.forgetBefore(windowStart, now);
                    return failures.times.isEmpty() && failures.lockedUntil == null;
                });
            }
        }
    }

    private static Optional<Instant> latest(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.get().isAfter(b.get()) ? a : b;
    }

    /** User names are compared as the user store does: trimmed, case-insensitive. */
    static String accountKey(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
    }

    private static String addressKey(String address) {
        return address == null ? "" : address.strip();
    }

    /** The failures of one key within the window, and the lock they caused. */
    private static final class Failures {
        final Deque<Instant> times = new ArrayDeque<>();
        Instant lockedUntil;

        void forgetBefore(Instant windowStart, Instant now) {
            if (lockedUntil != null && !now.isBefore(lockedUntil)) {
                lockedUntil = null;
                times.clear();
            }
            while (!times.isEmpty() && !times.peekFirst().isAfter(windowStart)) {
                times.removeFirst();
            }
        }
    }

    /** Where one counter stands after a failure: {@code failures} of {@code max} in the window; whether this failure locked it. */
    public record Count(int failures, int max, boolean locksNow, Optional<Instant> lockedUntil) {
        static final Count NOT_COUNTED = new Count(0, 0, false, Optional.empty());
    }

    /** The counters of the user name and of the address after a failure. */
    public record Failure(Count account, Count address) {
    }
}
