package fr.conventio.application.port.out;

import java.time.Instant;
import java.util.Optional;

/**
 * Remembers what was done once to this installation (e.g. the demo data loaded), independently of the
 * records it created: renaming or deleting them does not undo the marker. A marker is recorded in the
 * caller's transaction, so that it is kept exactly when what it marks is.
 */
public interface InstallationMarkerPort {

    /** When {@code marker} was recorded, empty if never. */
    Optional<Instant> recordedAt(InstallationMarker marker);

    /**
     * Records {@code marker} at {@code at}, with a note for whoever reads the table (e.g. what was loaded).
     *
     * @throws IllegalStateException when the marker is already recorded (it is recorded once and never changes)
     */
    void record(InstallationMarker marker, Instant at, String note);
}
