package fr.conventio.adapters.persistence.contract;

import fr.conventio.adapters.persistence.PersistenceTestApplication;
import fr.conventio.adapters.persistence.TestDatabase;
import fr.conventio.adapters.persistence.payment.PaymentPersistenceAdapter;
import fr.conventio.application.port.out.PaymentRepository;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;

/** The contract on the PostgreSQL adapter. */
@SpringBootTest(classes = PersistenceTestApplication.class)
class PaymentRepositoryContractIT extends PaymentRepositoryContract {

    @Autowired
    private PaymentPersistenceAdapter adapter;
    @Autowired
    private TestDatabase database;

    @BeforeEach
    void seedAgreements() {
        SeedStore.prepare(database);
    }

    @Override
    protected PaymentRepository repository() {
        return adapter;
    }

    @Override
    protected Class<? extends RuntimeException> uniqueViolation() {
        return DuplicateKeyException.class;
    }
}
