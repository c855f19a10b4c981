package fr.conventio.adapters.persistence.contract;

import fr.conventio.adapters.persistence.PersistenceTestApplication;
import fr.conventio.adapters.persistence.TestDatabase;
import fr.conventio.adapters.persistence.agreement.AgreementPersistenceAdapter;
import fr.conventio.adapters.persistence.readside.PublicationQueriesAdapter;
import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.publication.PublicationQueries;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The contract on the PostgreSQL adapter. */
@SpringBootTest(classes = PersistenceTestApplication.class)
class PublicationQueriesContractIT extends PublicationQueriesContract {

    @Autowired
    private AgreementPersistenceAdapter agreements;
    @Autowired
    private PublicationQueriesAdapter adapter;
    @Autowired
    private TestDatabase database;

    @BeforeEach
    void seedParties() {
        database.empty();
        database.saveSeedParties();
    }

    @Override
    protected AgreementRepository agreements() {
        return agreements;
    }

    @Override
    protected PublicationQueries queries() {
        return adapter;
    }
}
