package fr.conventio.adapters.persistence.contract;

import fr.conventio.application.fakes.InMemoryFunderRepository;
import fr.conventio.application.port.out.FunderRepository;

/** The contract on the in-memory fake of the application's tests (the reference behaviour). */
class InMemoryFunderRepositoryContractTest extends FunderRepositoryContract {

    private final InMemoryFunderRepository fake = new InMemoryFunderRepository();

    @Override
    protected FunderRepository repository() {
        return fake;
    }
}
