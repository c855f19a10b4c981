package fr.conventio.adapters.persistence;

import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.party.BudgetLine;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Spring context on the embedded PostgreSQL, emptied before each test. */
@SpringBootTest(classes = PersistenceTestApplication.class)
abstract class DatabaseTestSupport {

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

    @BeforeEach
    void emptyDatabase() {
        jdbc.execute("truncate funder, association, budget_line, agreement cascade");
    }

    /** The seed's funder, association and budget lines, which agreements refer to. */
    protected void saveSeedParties() {
        funders.save(Versioned.newAggregate(AgreementFixtures.seedFunder()));
        associations.save(Versioned.newAggregate(AgreementFixtures.seedAssociation()));
        for (BudgetLine line : AgreementFixtures.seedBudgetLines()) {
            budgetLines.save(Versioned.newAggregate(line));
        }
    }
}
