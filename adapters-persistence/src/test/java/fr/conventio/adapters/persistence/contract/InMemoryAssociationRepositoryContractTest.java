package fr.conventio.adapters.persistence.contract;

import fr.conventio.application.fakes.InMemoryAssociationRepository;
import fr.conventio.application.port.out.AssociationRepository;

/** The contract on the in-memory fake of the application's tests (the reference behaviour). */
class InMemoryAssociationRepositoryContractTest extends AssociationRepositoryContract {

    private final InMemoryAssociationRepository fake = new InMemoryAssociationRepository();

    @Override
    protected AssociationRepository repository() {
        return fake;
    }

    @Override
    protected Class<? extends RuntimeException> uniqueViolation() {
        return IllegalStateException.class;
    }
}
