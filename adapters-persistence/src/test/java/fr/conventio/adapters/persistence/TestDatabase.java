package fr.conventio.adapters.persistence;

import fr.conventio.adapters.persistence.agreement.AgreementPersistenceAdapter;
import fr.conventio.adapters.persistence.association.AssociationPersistenceAdapter;
import fr.conventio.adapters.persistence.budgetline.BudgetLinePersistenceAdapter;
import fr.conventio.adapters.persistence.funder.FunderPersistenceAdapter;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.party.BudgetLine;
import fr.conventio.domain.party.Funder;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The test database of {@link PersistenceTestApplication}: emptied, then given the seed's parties and agreements. */
@Component
public class TestDatabase {

    private final JdbcTemplate jdbc;
    private final FunderPersistenceAdapter funders;
    private final AssociationPersistenceAdapter associations;
    private final BudgetLinePersistenceAdapter budgetLines;
    private final AgreementPersistenceAdapter agreements;

    TestDatabase(JdbcTemplate jdbc, FunderPersistenceAdapter funders, AssociationPersistenceAdapter associations,
                 BudgetLinePersistenceAdapter budgetLines, AgreementPersistenceAdapter agreements) {
        this.jdbc = jdbc;
        this.funders = funders;
        this.associations = associations;
        this.budgetLines = budgetLines;
        this.agreements = agreements;
    }

    /**
     * Every table emptied, the counters and the audit trail too. The audit trail refuses TRUNCATE: its
     * triggers are switched off for this statement only ({@code session_replication_role}, a
     * superuser's setting that the application's role does not have).
     */
    public void empty() {
        jdbc.execute("truncate funder, association, budget_line, agreement, document, submission_key cascade");
        jdbc.execute("set session_replication_role = replica; truncate audit_event; set session_replication_role = origin");
    }

    /** The audit rows, oldest first: aggregate type, action, version, actor and the changes as JSON text. */
    public java.util.List<java.util.Map<String, Object>> auditRows() {
        return jdbc.queryForList("select aggregate_type, aggregate_id, agreement_id, action, version, actor, changes::text as changes"
                + " from audit_event order by id");
    }

    public long count(String table) {
        Long count = jdbc.queryForObject("select count(*) from " + table, Long.class);
        return count == null ? 0 : count;
    }

    /** The seed's funder, association and budget lines, which agreements refer to. */
    public void saveSeedParties() {
        funders.save(Versioned.newAggregate(AgreementFixtures.seedFunder()));
        associations.save(Versioned.newAggregate(AgreementFixtures.seedAssociation()));
        for (BudgetLine line : AgreementFixtures.seedBudgetLines()) {
            budgetLines.save(Versioned.newAggregate(line));
        }
    }

    public Versioned<Agreement> save(Agreement agreement) {
        return agreements.save(Versioned.newAggregate(agreement));
    }

    public Versioned<Funder> save(Funder funder) {
        return funders.save(Versioned.newAggregate(funder));
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }
}
