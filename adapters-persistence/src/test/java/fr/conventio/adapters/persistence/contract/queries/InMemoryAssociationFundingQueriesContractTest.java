package fr.conventio.adapters.persistence.contract.queries;

import fr.conventio.adapters.persistence.contract.ReadSideApp;
import fr.conventio.application.association.AssociationFundingQueries;
import fr.conventio.application.fakes.InMemoryConventio;

import java.time.LocalDate;

/** The contract on the in-memory fake of the application's tests (the reference behaviour). */
class InMemoryAssociationFundingQueriesContractTest extends AssociationFundingQueriesContract {

    private InMemoryConventio fakes;

    @Override
    protected ReadSideApp.Store emptyStore() {
        fakes = new InMemoryConventio(LocalDate.of(2020, 1, 6));
        return ReadSideApp.Store.of(fakes);
    }

    @Override
    protected AssociationFundingQueries queries() {
        return fakes.associationFundingQueries;
    }
}
