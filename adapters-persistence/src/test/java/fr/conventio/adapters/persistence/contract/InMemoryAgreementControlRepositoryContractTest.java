package fr.conventio.adapters.persistence.contract;

import fr.conventio.application.fakes.InMemoryAgreementControlRepository;
import fr.conventio.application.port.out.AgreementControlRepository;

/** The contract on the in-memory fake of the application's tests (the reference behaviour). */
class InMemoryAgreementControlRepositoryContractTest extends AgreementControlRepositoryContract {

    private final InMemoryAgreementControlRepository fake = new InMemoryAgreementControlRepository();

    @Override
    protected AgreementControlRepository repository() {
        return fake;
    }
}
