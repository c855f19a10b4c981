package fr.conventio.adapters.persistence.contract;

import fr.conventio.application.fakes.InMemoryConventio;

import java.time.LocalDate;

/** The contract on the in-memory fake of the application's tests (the reference behaviour). */
class InMemoryAgreementAccountRepositoryContractTest extends AgreementAccountRepositoryContract {

    @Override
    protected ReadSideApp.Store emptyStore() {
        return ReadSideApp.Store.of(new InMemoryConventio(LocalDate.of(2020, 1, 6)));
    }
}
