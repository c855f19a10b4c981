package fr.conventio.adapters.persistence.contract;

import fr.conventio.adapters.persistence.PersistenceTestApplication;
import fr.conventio.adapters.persistence.TestDatabase;
import fr.conventio.adapters.persistence.recovery.RecoveryOrderNumberingAdapter;
import fr.conventio.application.port.out.RecoveryOrderNumberingPort;
import fr.conventio.domain.shared.FunderId;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The contract on the PostgreSQL adapter. */
@SpringBootTest(classes = PersistenceTestApplication.class)
class RecoveryOrderNumberingContractIT extends RecoveryOrderNumberingContract {

    @Autowired
    private RecoveryOrderNumberingAdapter adapter;
    @Autowired
    private TestDatabase database;

    @BeforeEach
    void seedAgreements() {
        SeedStore.prepare(database);
    }

    @Override
    protected RecoveryOrderNumberingPort numbering() {
        return adapter;
    }

    @Override
    protected FunderId otherFunder() {
        return SeedStore.OTHER_FUNDER_ID;
    }
}
