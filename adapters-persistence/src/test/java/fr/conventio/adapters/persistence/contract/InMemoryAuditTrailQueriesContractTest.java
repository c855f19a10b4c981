package fr.conventio.adapters.persistence.contract;

import fr.conventio.application.fakes.InMemoryAuditTrailQueries;
import fr.conventio.application.reading.AuditEntry;
import fr.conventio.application.reading.AuditTrailQueries;
import fr.conventio.domain.shared.AgreementId;

/** The contract on the in-memory fake of the application's tests (the reference behaviour). */
class InMemoryAuditTrailQueriesContractTest extends AuditTrailQueriesContract {

    private final InMemoryAuditTrailQueries fake = new InMemoryAuditTrailQueries();

    @Override
    protected AuditTrailQueries queries() {
        return fake;
    }

    @Override
    protected void written(AgreementId agreementId, AuditEntry entry) {
        fake.record(agreementId, entry);
    }
}
