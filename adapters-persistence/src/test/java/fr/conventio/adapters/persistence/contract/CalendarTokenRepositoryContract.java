package fr.conventio.adapters.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.port.out.CalendarTokenRepository;
import fr.conventio.application.shared.CalendarTokens;

import org.junit.jupiter.api.Test;

import java.time.Instant;

/**
 * What every {@link CalendarTokenRepository} does (issue 11 §3): one token per member of staff, found by its digest,
 * replaced by a new one, revoked; a digest belongs to one member of staff only.
 */
public abstract class CalendarTokenRepositoryContract {

    protected static final Instant ISSUED = Instant.parse("2026-12-02T09:30:15.123456Z");

    /** An empty store of tokens. */
    protected abstract CalendarTokenRepository tokens();

    private static String digest() {
        return CalendarTokens.digest(CalendarTokens.newToken());
    }

    @Test
    void a_token_is_found_by_its_digest_until_replaced() {
        CalendarTokenRepository tokens = tokens();
        String first = digest();
        String second = digest();
        assertThat(tokens.issuedAt("instructeur")).isEmpty();

        tokens.replace("instructeur", first, ISSUED);
        assertThat(tokens.ownerOf(first)).contains("instructeur");
        assertThat(tokens.issuedAt("instructeur")).contains(ISSUED);

        tokens.replace("instructeur", second, ISSUED.plusSeconds(60));
        assertThat(tokens.ownerOf(first)).as("the previous token is revoked").isEmpty();
        assertThat(tokens.ownerOf(second)).contains("instructeur");
        assertThat(tokens.issuedAt("instructeur")).contains(ISSUED.plusSeconds(60));
    }

    @Test
    void each_member_of_staff_has_their_own_token() {
        CalendarTokenRepository tokens = tokens();
        String mine = digest();
        String theirs = digest();
        tokens.replace("instructeur", mine, ISSUED);
        tokens.replace("finances", theirs, ISSUED);

        assertThat(tokens.ownerOf(mine)).contains("instructeur");
        assertThat(tokens.ownerOf(theirs)).contains("finances");
        assertThat(tokens.ownerOf(digest())).isEmpty();
    }

    @Test
    void a_revoked_token_is_not_found_and_revoking_twice_does_nothing() {
        CalendarTokenRepository tokens = tokens();
        String digest = digest();
        tokens.replace("instructeur", digest, ISSUED);

        assertThat(tokens.revoke("instructeur")).isTrue();
        assertThat(tokens.revoke("instructeur")).isFalse();
        assertThat(tokens.revoke("personne")).isFalse();

        assertThat(tokens.ownerOf(digest)).isEmpty();
        assertThat(tokens.issuedAt("instructeur")).isEmpty();
    }

    @Test
    void a_digest_belongs_to_one_member_of_staff_only() {
        CalendarTokenRepository tokens = tokens();
        String digest = digest();
        tokens.replace("instructeur", digest, ISSUED);

        assertThatThrownBy(() -> tokens.replace("finances", digest, ISSUED)).isInstanceOf(RuntimeException.class);
        assertThat(tokens.ownerOf(digest)).contains("instructeur");
    }

    @Test
    void only_a_sha256_digest_in_hexadecimal_is_stored_never_a_token() {
        CalendarTokenRepository tokens = tokens();

        assertThatThrownBy(() -> tokens.replace("instructeur", CalendarTokens.newToken(), ISSUED)).isInstanceOf(RuntimeException.class);
        assertThat(tokens.issuedAt("instructeur")).isEmpty();
    }
}
