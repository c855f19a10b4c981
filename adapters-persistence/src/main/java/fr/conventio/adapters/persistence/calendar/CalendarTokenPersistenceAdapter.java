package fr.conventio.adapters.persistence.calendar;

import fr.conventio.adapters.persistence.support.AuditTrail;
import fr.conventio.adapters.persistence.support.VersionGuard;
import fr.conventio.application.port.out.CalendarTokenRepository;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Calendar feed tokens in {@code calendar_token} (V30), one row per member of staff holding the SHA-256 digest of
 * their token; every issue (INSERT), regeneration (UPDATE) and revocation (DELETE) audited with when the token was
 * issued, never its digest.
 */
@Component
public class CalendarTokenPersistenceAdapter implements CalendarTokenRepository {

    private static final String ISSUED_ON = "jeton délivré le";

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditTrail auditTrail;

    CalendarTokenPersistenceAdapter(NamedParameterJdbcTemplate jdbc, AuditTrail auditTrail) {
        this.jdbc = jdbc;
        this.auditTrail = auditTrail;
    }

    /** The audit trail's id of a member of staff's token: the same for every token they are issued. */
    static UUID idOf(String owner) {
        return UUID.nameUUIDFromBytes(("calendar_token:" + owner).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void replace(String owner, String digest, Instant issuedAt) {
        Optional<Instant> before = issuedAt(owner);
        jdbc.update("""
                insert into calendar_token (owner, digest, issued_at) values (:owner, :digest, :issuedAt)
                on conflict (owner) do update set digest = excluded.digest, issued_at = excluded.issued_at""",
                new MapSqlParameterSource()
                        .addValue("owner", owner)
                        .addValue("digest", digest)
                        .addValue("issuedAt", OffsetDateTime.ofInstant(issuedAt, ZoneOffset.UTC)));
        auditTrail.record(VersionGuard.Root.CALENDAR_TOKEN, idOf(owner), null, before.isEmpty(), null, fields(before), fields(Optional.of(issuedAt)));
    }

    @Override
    public boolean revoke(String owner) {
        Optional<Instant> before = issuedAt(owner);
        if (before.isEmpty() || jdbc.update("delete from calendar_token where owner = :owner", Map.of("owner", owner)) == 0) {
            return false;
        }
        auditTrail.recordDeletion(VersionGuard.Root.CALENDAR_TOKEN, idOf(owner), null, null, fields(before));
        return true;
    }

    @Override
    public Optional<String> ownerOf(String digest) {
        return jdbc.queryForList("select owner from calendar_token where digest = :digest", Map.of("digest", digest), String.class)
                .stream().findFirst();
    }

    @Override
    public Optional<Instant> issuedAt(String owner) {
        return jdbc.query("select issued_at from calendar_token where owner = :owner", Map.of("owner", owner),
                (row, n) -> row.getObject("issued_at", OffsetDateTime.class).toInstant()).stream().findFirst();
    }

    private static Map<String, String> fields(Optional<Instant> issuedAt) {
        return issuedAt.map(at -> Map.of(ISSUED_ON, at.toString())).orElse(Map.of());
    }
}
