package fr.conventio.adapters.persistence.contract;

import fr.conventio.application.fakes.InMemoryObligationRepository;
import fr.conventio.application.port.out.ObligationRepository;

/** The contract on the in-memory fake of the application's tests (the reference behaviour). */
class InMemoryObligationRepositoryContractTest extends ObligationRepositoryContract {

    private final InMemoryObligationRepository fake = new InMemoryObligationRepository();

    @Override
    protected ObligationRepository repository() {
        return fake;
    }
}
