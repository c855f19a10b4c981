package fr.conventio.application.port.out;

import java.time.Instant;
import java.util.Optional;

/**
 * The calendar feed tokens of the staff (issue 11): at most one per member of staff, stored as the digest of the
 * secret ({@code CalendarTokens.digest}), never the secret itself. Issuing, replacing and revoking a token are
 * audited (who, when; never the digest).
 */
public interface CalendarTokenRepository {

    /** Stores the token of {@code owner}, replacing (so revoking) the one it had. */
    void replace(String owner, String digest, Instant issuedAt);

    /** Revokes the token of {@code owner}; false when there was none. */
    boolean revoke(String owner);

    /** Whose token has this digest: empty for an unknown or revoked token. */
    Optional<String> ownerOf(String digest);

    /** When the current token of {@code owner} was issued: empty when it has none. */
    Optional<Instant> issuedAt(String owner);
}
