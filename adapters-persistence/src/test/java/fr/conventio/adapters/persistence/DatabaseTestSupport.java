package fr.conventio.adapters.persistence;

import fr.conventio.adapters.persistence.agreement.AgreementPersistenceAdapter;
import fr.conventio.adapters.persistence.association.AssociationPersistenceAdapter;
import fr.conventio.adapters.persistence.budgetline.BudgetLinePersistenceAdapter;
import fr.conventio.adapters.persistence.funder.FunderPersistenceAdapter;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Spring context on the embedded PostgreSQL, emptied before each test. */
@SpringBootTest(classes = PersistenceTestApplication.class)
public abstract class DatabaseTestSupport {

    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected FunderPersistenceAdapter funders;
    @Autowired
    protected AssociationPersistenceAdapter associations;
    @Autowired
    protected BudgetLinePersistenceAdapter budgetLines;
    @Autowired
    protected AgreementPersistenceAdapter agreements;
    @Autowired
    protected TestDatabase database;

    @BeforeEach
    void emptyDatabase() {
        database.empty();
    }

    /** The seed's funder, association and budget lines, which agreements refer to. */
    protected void saveSeedParties() {
        database.saveSeedParties();
    }
}
