package fr.conventio.adapters.persistence.contract;

import fr.conventio.adapters.persistence.AgreementControlPersistenceAdapter;
import fr.conventio.adapters.persistence.AgreementPersistenceAdapter;
import fr.conventio.adapters.persistence.AssociationPersistenceAdapter;
import fr.conventio.adapters.persistence.BudgetLinePersistenceAdapter;
import fr.conventio.adapters.persistence.FunderPersistenceAdapter;
import fr.conventio.adapters.persistence.ObligationPersistenceAdapter;
import fr.conventio.adapters.persistence.PaymentPersistenceAdapter;
import fr.conventio.adapters.persistence.RecoveryOrderNumberingAdapter;
import fr.conventio.adapters.persistence.RecoveryOrderPersistenceAdapter;
import fr.conventio.adapters.persistence.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** The PostgreSQL adapters of every repository, on the test database emptied first (for the read-side contracts). */
@Component
class PostgresStore {

    @Autowired
    private TestDatabase database;
    @Autowired
    private AgreementPersistenceAdapter agreements;
    @Autowired
    private AssociationPersistenceAdapter associations;
    @Autowired
    private FunderPersistenceAdapter funders;
    @Autowired
    private BudgetLinePersistenceAdapter budgetLines;
    @Autowired
    private PaymentPersistenceAdapter payments;
    @Autowired
    private ObligationPersistenceAdapter obligations;
    @Autowired
    private RecoveryOrderPersistenceAdapter recoveryOrders;
    @Autowired
    private AgreementControlPersistenceAdapter controls;
    @Autowired
    private RecoveryOrderNumberingAdapter numbering;

    ReadSideApp.Store empty() {
        database.empty();
        return new ReadSideApp.Store(agreements, associations, funders, budgetLines, payments, obligations, recoveryOrders, controls,
                numbering);
    }
}
