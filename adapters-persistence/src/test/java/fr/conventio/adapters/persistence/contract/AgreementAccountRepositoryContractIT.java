package fr.conventio.adapters.persistence.contract;

import fr.conventio.adapters.persistence.PersistenceTestApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The contract on the PostgreSQL adapter ({@code AgreementAccountPersistenceAdapter}). */
@SpringBootTest(classes = PersistenceTestApplication.class)
class AgreementAccountRepositoryContractIT extends AgreementAccountRepositoryContract {

    @Autowired
    private PostgresStore store;

    @Override
    protected ReadSideApp.Store emptyStore() {
        return store.empty();
    }
}
