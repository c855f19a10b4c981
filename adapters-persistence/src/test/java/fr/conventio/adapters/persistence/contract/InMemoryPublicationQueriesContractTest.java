package fr.conventio.adapters.persistence.contract;

import fr.conventio.application.fakes.InMemoryAgreementRepository;
import fr.conventio.application.fakes.InMemoryPublicationQueries;
import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.publication.PublicationQueries;

/** The contract on the in-memory fake of the application's tests (the reference behaviour). */
class InMemoryPublicationQueriesContractTest extends PublicationQueriesContract {

    private final InMemoryAgreementRepository agreements = new InMemoryAgreementRepository();
    private final InMemoryPublicationQueries queries = new InMemoryPublicationQueries(agreements);

    @Override
    protected AgreementRepository agreements() {
        return agreements;
    }

    @Override
    protected PublicationQueries queries() {
        return queries;
    }
}
