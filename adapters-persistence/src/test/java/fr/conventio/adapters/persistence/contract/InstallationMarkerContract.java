package fr.conventio.adapters.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.port.out.InstallationMarker;
import fr.conventio.application.port.out.InstallationMarkerPort;
import org.junit.jupiter.api.Test;

import java.time.Instant;

/** What every {@link InstallationMarkerPort} does: a marker is absent until recorded, then recorded once with its instant. */
public abstract class InstallationMarkerContract {

    private static final Instant LOADED = Instant.parse("2026-12-01T09:30:15.123456Z");

    /** An empty store of markers. */
    protected abstract InstallationMarkerPort markers();

    @Test
    void a_marker_is_absent_until_recorded_then_gives_its_instant() {
        InstallationMarkerPort markers = markers();
        assertThat(markers.recordedAt(InstallationMarker.DEMO_DATA)).isEmpty();

        markers.record(InstallationMarker.DEMO_DATA, LOADED, "Données de démonstration chargées");

        assertThat(markers.recordedAt(InstallationMarker.DEMO_DATA)).contains(LOADED);
    }

    @Test
    void a_marker_is_recorded_once_and_keeps_its_first_instant() {
        InstallationMarkerPort markers = markers();
        markers.record(InstallationMarker.DEMO_DATA, LOADED, "Données de démonstration chargées");

        assertThatThrownBy(() -> markers.record(InstallationMarker.DEMO_DATA, LOADED.plusSeconds(60), "encore"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("DEMO_DATA");
        assertThat(markers.recordedAt(InstallationMarker.DEMO_DATA)).contains(LOADED);
    }

    @Test
    void a_marker_needs_a_note() {
        assertThatThrownBy(() -> markers().record(InstallationMarker.DEMO_DATA, LOADED, " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(markers().recordedAt(InstallationMarker.DEMO_DATA)).isEmpty();
    }
}
