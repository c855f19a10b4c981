package fr.conventio.adapters.persistence.contract.queries;

import fr.conventio.adapters.persistence.PersistenceTestApplication;
import fr.conventio.adapters.persistence.contract.PostgresStore;
import fr.conventio.adapters.persistence.contract.ReadSideApp;
import fr.conventio.adapters.persistence.readside.AssociationFundingQueriesAdapter;
import fr.conventio.application.association.AssociationFundingQueries;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The contract on the PostgreSQL adapter (real embedded PostgreSQL). */
@SpringBootTest(classes = PersistenceTestApplication.class)
class AssociationFundingQueriesContractIT extends AssociationFundingQueriesContract {

    @Autowired
    private AssociationFundingQueriesAdapter adapter;
    @Autowired
    private PostgresStore store;

    @Override
    protected ReadSideApp.Store emptyStore() {
        return store.empty();
    }

    @Override
    protected AssociationFundingQueries queries() {
        return adapter;
    }
}
