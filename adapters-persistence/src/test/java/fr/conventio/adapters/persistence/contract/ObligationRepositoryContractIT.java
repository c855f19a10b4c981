package fr.conventio.adapters.persistence.contract;

import fr.conventio.adapters.persistence.PersistenceTestApplication;
import fr.conventio.adapters.persistence.TestDatabase;
import fr.conventio.adapters.persistence.obligation.ObligationPersistenceAdapter;
import fr.conventio.application.port.out.ObligationRepository;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The contract on the PostgreSQL adapter. */
@SpringBootTest(classes = PersistenceTestApplication.class)
class ObligationRepositoryContractIT extends ObligationRepositoryContract {

    @Autowired
    private ObligationPersistenceAdapter adapter;
    @Autowired
    private TestDatabase database;

    @BeforeEach
    void seedAgreements() {
        SeedStore.prepare(database);
    }

    @Override
    protected ObligationRepository repository() {
        return adapter;
    }
}
