package fr.conventio.application.mail;

import java.util.List;
import java.util.Objects;

/** Reads the agreement's messages from the outbox. */
public final class ListAgreementMailsService implements ListAgreementMailsUseCase {

    private final OutboxPort outbox;

    public ListAgreementMailsService(OutboxPort outbox) {
        this.outbox = Objects.requireNonNull(outbox);
    }

    @Override
    public List<OutboxEntry> list(ListAgreementMailsQuery query) {
        return outbox.ofAgreement(query.agreementId());
    }
}
