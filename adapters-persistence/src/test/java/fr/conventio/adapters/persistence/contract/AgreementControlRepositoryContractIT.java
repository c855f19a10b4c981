package fr.conventio.adapters.persistence.contract;

import fr.conventio.adapters.persistence.PersistenceTestApplication;
import fr.conventio.adapters.persistence.TestDatabase;
import fr.conventio.adapters.persistence.control.AgreementControlPersistenceAdapter;
import fr.conventio.application.port.out.AgreementControlRepository;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The contract on the PostgreSQL adapter. */
@SpringBootTest(classes = PersistenceTestApplication.class)
class AgreementControlRepositoryContractIT extends AgreementControlRepositoryContract {

    @Autowired
    private AgreementControlPersistenceAdapter adapter;
    @Autowired
    private TestDatabase database;

    @BeforeEach
    void seedAgreements() {
        SeedStore.prepare(database);
    }

    @Override
    protected AgreementControlRepository repository() {
        return adapter;
    }
}
