package fr.conventio.adapters.persistence.contract;

import fr.conventio.adapters.persistence.TestDatabase;
import fr.conventio.adapters.persistence.account.AgreementAccountPersistenceAdapter;
import fr.conventio.adapters.persistence.agreement.AgreementPersistenceAdapter;
import fr.conventio.adapters.persistence.association.AssociationPersistenceAdapter;
import fr.conventio.adapters.persistence.budgetline.BudgetLinePersistenceAdapter;
import fr.conventio.adapters.persistence.control.AgreementControlPersistenceAdapter;
import fr.conventio.adapters.persistence.funder.FunderPersistenceAdapter;
import fr.conventio.adapters.persistence.obligation.ObligationPersistenceAdapter;
import fr.conventio.adapters.persistence.payment.PaymentPersistenceAdapter;
import fr.conventio.adapters.persistence.recovery.RecoveryOrderNumberingAdapter;
import fr.conventio.adapters.persistence.recovery.RecoveryOrderPersistenceAdapter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** The PostgreSQL adapters of every repository, on the test database emptied first (for the read-side contracts). */
@Component
public class PostgresStore {

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
    @Autowired
    private AgreementAccountPersistenceAdapter accounts;

    public ReadSideApp.Store empty() {
        database.empty();
        return new ReadSideApp.Store(agreements, associations, funders, budgetLines, payments, obligations, recoveryOrders, controls,
                numbering, accounts);
    }
}
