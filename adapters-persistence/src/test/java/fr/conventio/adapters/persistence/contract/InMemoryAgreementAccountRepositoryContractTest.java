package fr.conventio.adapters.persistence.contract;

import fr.conventio.application.fakes.InMemoryConventio;

import fr.conventio.domain.shared.AgreementId;

import java.time.LocalDate;

/** The contract on the in-memory fake of the application's tests (the reference behaviour). */
class InMemoryAgreementAccountRepositoryContractTest extends AgreementAccountRepositoryContract {

    private InMemoryConventio fakes;

    @Override
    protected ReadSideApp.Store emptyStore() {
        fakes = new InMemoryConventio(LocalDate.of(2020, 1, 6));
        return ReadSideApp.Store.of(fakes);
    }

    @Override
    protected void dropStoredFigures(AgreementId agreementId) {
        fakes.accounts.forget(agreementId);
    }
}
