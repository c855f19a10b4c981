package fr.conventio.adapters.persistence.contract;

import fr.conventio.application.fakes.InMemoryRecoveryOrderRepository;
import fr.conventio.application.port.out.RecoveryOrderRepository;

/** The contract on the in-memory fake of the application's tests (the reference behaviour). */
class InMemoryRecoveryOrderRepositoryContractTest extends RecoveryOrderRepositoryContract {

    private final InMemoryRecoveryOrderRepository fake = new InMemoryRecoveryOrderRepository();

    @Override
    protected RecoveryOrderRepository repository() {
        return fake;
    }

    @Override
    protected Class<? extends RuntimeException> uniqueViolation() {
        return IllegalStateException.class;
    }
}
