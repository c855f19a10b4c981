package fr.conventio.adapters.persistence.contract;

import fr.conventio.application.fakes.InMemoryInstallationMarkers;
import fr.conventio.application.port.out.InstallationMarkerPort;

/** The contract on the in-memory fake of the application's tests (the reference behaviour). */
class InMemoryInstallationMarkerContractTest extends InstallationMarkerContract {

    private final InMemoryInstallationMarkers fake = new InMemoryInstallationMarkers();

    @Override
    protected InstallationMarkerPort markers() {
        return fake;
    }
}
