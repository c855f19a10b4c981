package fr.conventio.application.fakes;

import fr.conventio.application.port.out.CalendarTokenRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** In-memory {@link CalendarTokenRepository}: one digest per owner, each digest unique; what was audited, for tests. */
public final class InMemoryCalendarTokens implements CalendarTokenRepository {

    private record Token(String digest, Instant issuedAt) {
    }

    private final Map<String, Token> byOwner = new HashMap<>();
    private final List<String> audited = new ArrayList<>();

    @Override
    public synchronized void replace(String owner, String digest, Instant issuedAt) {
        requireText(owner, "owner");
        if (digest == null || !digest.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("calendar token: a SHA-256 digest in hexadecimal is required");
        }
        Objects.requireNonNull(issuedAt);
        byOwner.entrySet().stream().filter(e -> e.getValue().digest().equals(digest) && !e.getKey().equals(owner)).findAny()
                .ifPresent(e -> {
                    throw new IllegalStateException("calendar token: digest already in use");
                });
        Token before = byOwner.put(owner, new Token(digest, issuedAt));
        audited.add((before == null ? "INSERT " : "UPDATE ") + owner);
    }

    @Override
    public synchronized boolean revoke(String owner) {
        boolean revoked = byOwner.remove(owner) != null;
        if (revoked) {
            audited.add("DELETE " + owner);
        }
        return revoked;
    }

    @Override
    public synchronized Optional<String> ownerOf(String digest) {
        return byOwner.entrySet().stream().filter(e -> e.getValue().digest().equals(digest)).map(Map.Entry::getKey).findFirst();
    }

    @Override
    public synchronized Optional<Instant> issuedAt(String owner) {
        return Optional.ofNullable(byOwner.get(owner)).map(Token::issuedAt);
    }

    /** What the repository audited, in order: {@code INSERT|UPDATE|DELETE <owner>}. */
    public synchronized List<String> audited() {
        return List.copyOf(audited);
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("calendar token: " + what + " is required");
        }
    }
}
