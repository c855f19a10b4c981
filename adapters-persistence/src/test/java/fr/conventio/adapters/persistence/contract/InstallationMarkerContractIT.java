package fr.conventio.adapters.persistence.contract;

import fr.conventio.adapters.persistence.PersistenceTestApplication;
import fr.conventio.adapters.persistence.TestDatabase;
import fr.conventio.adapters.persistence.installation.InstallationMarkerPersistenceAdapter;
import fr.conventio.application.port.out.InstallationMarkerPort;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The contract on the PostgreSQL adapter (table installation_marker of V13). */
@SpringBootTest(classes = PersistenceTestApplication.class)
class InstallationMarkerContractIT extends InstallationMarkerContract {

    @Autowired
    private InstallationMarkerPersistenceAdapter adapter;
    @Autowired
    private TestDatabase database;

    @BeforeEach
    void noMarker() {
        database.jdbc().execute("delete from installation_marker");
    }

    @Override
    protected InstallationMarkerPort markers() {
        return adapter;
    }
}
