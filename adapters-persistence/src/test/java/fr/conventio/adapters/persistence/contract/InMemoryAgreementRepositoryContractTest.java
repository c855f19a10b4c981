package fr.conventio.adapters.persistence.contract;

import fr.conventio.application.fakes.InMemoryAgreementRepository;
import fr.conventio.application.port.out.AgreementRepository;

/** The contract on the in-memory fake of the application's tests (the reference behaviour). */
class InMemoryAgreementRepositoryContractTest extends AgreementRepositoryContract {

    private final InMemoryAgreementRepository fake = new InMemoryAgreementRepository();

    @Override
    protected AgreementRepository repository() {
        return fake;
    }

    @Override
    protected Class<? extends RuntimeException> uniqueViolation() {
        return IllegalStateException.class;
    }
}
