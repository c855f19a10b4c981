package fr.conventio.adapters.persistence.contract;

import fr.conventio.application.fakes.InMemoryPaymentRepository;
import fr.conventio.application.port.out.PaymentRepository;

/** The contract on the in-memory fake of the application's tests (the reference behaviour). */
class InMemoryPaymentRepositoryContractTest extends PaymentRepositoryContract {

    private final InMemoryPaymentRepository fake = new InMemoryPaymentRepository();

    @Override
    protected PaymentRepository repository() {
        return fake;
    }

    @Override
    protected Class<? extends RuntimeException> uniqueViolation() {
        return IllegalStateException.class;
    }
}
