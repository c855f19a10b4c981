package fr.conventio.adapters.persistence.contract.queries;

import fr.conventio.adapters.persistence.PersistenceTestApplication;
import fr.conventio.adapters.persistence.contract.PostgresStore;
import fr.conventio.adapters.persistence.contract.ReadSideApp;
import fr.conventio.adapters.persistence.mail.ReminderQueriesAdapter;
import fr.conventio.application.mail.ReminderQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The contract on the PostgreSQL adapter. */
@SpringBootTest(classes = PersistenceTestApplication.class)
class ReminderQueriesContractIT extends ReminderQueriesContract {

    @Autowired
    private ReminderQueriesAdapter adapter;
    @Autowired
    private PostgresStore store;

    @Override
    protected ReadSideApp.Store emptyStore() {
        return store.empty();
    }

    @Override
    protected ReminderQueries queries() {
        return adapter;
    }
}
