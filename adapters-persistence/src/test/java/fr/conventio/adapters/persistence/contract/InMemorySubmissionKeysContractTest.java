package fr.conventio.adapters.persistence.contract;

import fr.conventio.application.fakes.InMemorySubmissionKeys;
import fr.conventio.application.port.out.SubmissionKeysPort;

/** The contract on the in-memory fake of the application's tests (the reference behaviour). */
class InMemorySubmissionKeysContractTest extends SubmissionKeysContract {

    private final InMemorySubmissionKeys fake = new InMemorySubmissionKeys();

    @Override
    protected SubmissionKeysPort keys() {
        return fake;
    }
}
