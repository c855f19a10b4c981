package fr.conventio.application.mail;

import fr.conventio.application.port.out.DocumentStoragePort;
import fr.conventio.application.port.out.GeneratedDocumentRepository;
import fr.conventio.application.port.out.GeneratedDocumentRepository.GeneratedDocumentRecord;
import fr.conventio.application.port.out.StoredDocument;
import fr.conventio.application.port.out.SubmissionKeysPort;
import fr.conventio.application.shared.InvalidCommandException;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.domain.shared.DomainException;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Sends a generated document by e-mail through the outbox.
 *
 * <p>The attachment is copied into the outbox (bytes, {@code mail_outbox_attachment}) rather than referred to by
 * the generated document's id: the message is then complete on its own, and the sender, which runs outside any use
 * case, needs neither the document storage nor its failures (a file storage unavailable at sending time would
 * otherwise turn into retries, then a lost letter); what leaves is exactly the file staff generated and chose. The
 * cost is a copy of a file that is itself never changed: generated letters weigh tens of kilobytes, and
 * {@link MailAttachment#MAX_BYTES} (10 MB, what mail servers accept) bounds it — a larger file is refused here,
 * before anything is queued, with a French message.
 *
 * <p>One message per submission: the submission key is claimed first (a double click waits for the first and
 * is answered its message), and the message's deduplication key is made from it as a second guard.
 */
public final class SendDocumentByMailService implements SendDocumentByMailUseCase {

    private final GeneratedDocumentRepository generated;
    private final DocumentStoragePort storage;
    private final OutboxPort outbox;
    private final SubmissionKeysPort submissionKeys;
    private final MailSettings settings;
    private final Clock clock;

    public SendDocumentByMailService(GeneratedDocumentRepository generated, DocumentStoragePort storage, OutboxPort outbox,
                                     SubmissionKeysPort submissionKeys, MailSettings settings, Clock clock) {
        this.generated = Objects.requireNonNull(generated);
        this.storage = Objects.requireNonNull(storage);
        this.outbox = Objects.requireNonNull(outbox);
        this.submissionKeys = Objects.requireNonNull(submissionKeys);
        this.settings = Objects.requireNonNull(settings);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public QueuedMail send(SendDocumentByMailCommand command) {
        if (!settings.configured()) {
            throw new DomainException("envoi par courriel : aucun serveur de messagerie n'est configuré, aucun courriel ne peut partir ;"
                    + " téléchargez le document et envoyez-le vous-même, ou demandez à l'administrateur de configurer la messagerie");
        }
        return submissionKeys.once(command.submission(), SendDocumentByMailUseCase.class, () -> sendOnce(command),
                queued -> new SubmissionKeysPort.Result(queued.messageId().toString(), 0),
                first -> new QueuedMail(UUID.fromString(first.id())));
    }

    private QueuedMail sendOnce(SendDocumentByMailCommand command) {
        GeneratedDocumentRecord record = generated.findByAgreement(command.agreementId()).stream()
                .filter(r -> r.id().equals(command.generatedDocumentId())).findFirst()
                .orElseThrow(() -> new NotFoundException("Document généré", command.generatedDocumentId()));
        StoredDocument stored = storage.open(record.documentId())
                .orElseThrow(() -> new NotFoundException("Document", record.documentId()));
        byte[] content = stored.content();
        if (content.length > MailAttachment.MAX_BYTES) {
            throw new InvalidCommandException("pièce jointe", "le fichier « " + record.fileName() + " » dépasse 10 Mo, trop lourd pour un courriel");
        }
        MailAttachment attachment = new MailAttachment(record.fileName(), stored.ref().contentType(), content);
        OutboxMessage message = OutboxMessage.create("document:" + command.submission().value(), List.of(command.recipient()),
                command.subject(), command.body(), null, List.of(attachment), command.agreementId(), clock.instant());
        outbox.enqueueAudited(message);
        return new QueuedMail(message.id());
    }
}
