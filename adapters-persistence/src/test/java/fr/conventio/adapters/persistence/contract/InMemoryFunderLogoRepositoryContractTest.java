package fr.conventio.adapters.persistence.contract;

import fr.conventio.application.fakes.InMemoryFunderLogos;
import fr.conventio.application.port.out.FunderLogoRepository;

import java.util.UUID;

/** The contract on the in-memory fake of the application's tests (the reference behaviour). */
class InMemoryFunderLogoRepositoryContractTest extends FunderLogoRepositoryContract {

    private final InMemoryFunderLogos fake = new InMemoryFunderLogos();

    @Override
    protected FunderLogoRepository logos() {
        return fake;
    }

    @Override
    protected String aStoredDocument() {
        return UUID.randomUUID().toString();
    }
}
