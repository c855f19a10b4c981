package fr.conventio.adapters.persistence.installation;

import fr.conventio.application.port.out.InstallationMarker;
import fr.conventio.application.port.out.InstallationMarkerPort;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/** Installation markers in {@code installation_marker}, one row per marker, inserted in the caller's transaction. */
@Component
public class InstallationMarkerPersistenceAdapter implements InstallationMarkerPort {

    private final NamedParameterJdbcTemplate jdbc;

    InstallationMarkerPersistenceAdapter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Instant> recordedAt(InstallationMarker marker) {
        return jdbc.query("select recorded_at from installation_marker where marker = :marker", Map.of("marker", marker.name()),
                (row, n) -> row.getObject("recorded_at", OffsetDateTime.class).toInstant()).stream().findFirst();
    }

    @Override
    public void record(InstallationMarker marker, Instant at, String note) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("installation marker " + marker + ": a note is required");
        }
        try {
            jdbc.update("insert into installation_marker (marker, recorded_at, note) values (:marker, :at, :note)",
                    Map.of("marker", marker.name(), "at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC), "note", note));
        } catch (DuplicateKeyException e) {
            throw new IllegalStateException("installation marker " + marker + " already recorded", e);
        }
    }
}
