package fr.conventio.adapters.persistence.contract;

import fr.conventio.application.fakes.InMemoryOutbox;
import fr.conventio.application.mail.OutboxDeliveryPort;
import fr.conventio.application.mail.OutboxPort;

/** The contract on the in-memory fake of the application's tests. */
class InMemoryOutboxContractTest extends OutboxContract {

    private final InMemoryOutbox outbox = new InMemoryOutbox();

    @Override
    protected OutboxPort outbox() {
        return outbox;
    }

    @Override
    protected OutboxDeliveryPort delivery() {
        return outbox;
    }
}
