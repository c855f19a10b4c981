package fr.conventio.application.fakes;

import fr.conventio.application.port.out.InstallationMarker;
import fr.conventio.application.port.out.InstallationMarkerPort;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** In-memory {@link InstallationMarkerPort}: each marker recorded once, never changed. */
public final class InMemoryInstallationMarkers implements InstallationMarkerPort {

    private final Map<InstallationMarker, Instant> recorded = new EnumMap<>(InstallationMarker.class);

    @Override
    public synchronized Optional<Instant> recordedAt(InstallationMarker marker) {
        return Optional.ofNullable(recorded.get(marker));
    }

    @Override
    public synchronized void record(InstallationMarker marker, Instant at, String note) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("installation marker " + marker + ": a note is required");
        }
        if (recorded.putIfAbsent(marker, at) != null) {
            throw new IllegalStateException("installation marker " + marker + " already recorded on " + recorded.get(marker));
        }
    }
}
