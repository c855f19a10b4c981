package fr.conventio.application.port.out;

/** What is done at most once to an installation, and remembered by {@link InstallationMarkerPort}. */
public enum InstallationMarker {
    /** The demo data (the real 2020 agreement, its funder, budget lines and association) was loaded. */
    DEMO_DATA
}
