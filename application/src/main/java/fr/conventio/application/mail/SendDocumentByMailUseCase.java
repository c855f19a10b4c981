package fr.conventio.application.mail;

/**
 * Queues in the outbox, in one transaction, an e-mail carrying a document generated for an agreement (the agreement,
 * a letter), with an audit row; refused when no SMTP server is configured. The scheduled sender sends it.
 */
public interface SendDocumentByMailUseCase {

    QueuedMail send(SendDocumentByMailCommand command);

    /** The message queued (or, for a replay, the one the first submission queued). */
    record QueuedMail(java.util.UUID messageId) {
    }
}
