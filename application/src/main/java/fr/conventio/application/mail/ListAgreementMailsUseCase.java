package fr.conventio.application.mail;

import fr.conventio.application.shared.ReadOnly;

import java.util.List;

/** The log of an agreement's e-mails: what was sent (or is waiting, or failed) to whom and when, the latest first. */
public interface ListAgreementMailsUseCase extends ReadOnly {

    List<OutboxEntry> list(ListAgreementMailsQuery query);
}
