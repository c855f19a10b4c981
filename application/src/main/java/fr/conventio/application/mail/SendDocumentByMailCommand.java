package fr.conventio.application.mail;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.application.shared.InvalidCommandException;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.domain.party.EmailAddress;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.InvalidValueException;

import java.util.UUID;

/**
 * Send one generated document of an agreement (the agreement, a letter) by e-mail: to {@code recipient} (checked as
 * an e-mail address), with {@code subject} and {@code body} as staff wrote them; a replay of {@code submission} (a
 * double click) queues nothing more.
 */
public record SendDocumentByMailCommand(SubmissionKey submission, AgreementId agreementId, UUID generatedDocumentId, String recipient,
                                        String subject, String body) {

    /** The longest body staff may write (the outbox keeps 100 000 characters). */
    public static final int MAX_BODY = 20_000;

    public SendDocumentByMailCommand {
        CommandChecks.required(submission, "soumission");
        CommandChecks.required(agreementId, "convention");
        CommandChecks.required(generatedDocumentId, "document");
        try {
            recipient = new EmailAddress(recipient == null ? null : recipient.strip()).value();
        } catch (InvalidValueException e) {
            throw new InvalidCommandException("destinataire", "adresse invalide, attendu par exemple contact@association.fr");
        }
        subject = CommandChecks.requiredText(subject, "objet", OutboxMessage.MAX_SUBJECT);
        if (subject.contains("\n") || subject.contains("\r")) {
            throw new InvalidCommandException("objet", "une seule ligne attendue");
        }
        body = CommandChecks.requiredText(body, "message", MAX_BODY);
    }
}
