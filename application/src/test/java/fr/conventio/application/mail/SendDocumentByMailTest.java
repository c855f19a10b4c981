package fr.conventio.application.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.paperwork.GenerateDocumentCommand;
import fr.conventio.application.paperwork.GeneratedDocument;
import fr.conventio.application.port.out.GeneratedDocumentRepository.GeneratedDocumentRecord;
import fr.conventio.application.shared.InvalidCommandException;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.domain.paperwork.DocumentFormat;
import fr.conventio.domain.paperwork.DocumentKind;
import fr.conventio.domain.shared.DomainException;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SendDocumentByMailTest {

    private final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 2, 10));
    private final SeedSteps seed = new SeedSteps(app);
    private GeneratedDocument pdf;
    private GeneratedDocumentRecord record;

    @BeforeEach
    void aGeneratedAgreement() {
        seed.signed();
        pdf = app.generateDocument.generate(new GenerateDocumentCommand(SubmissionKey.newKey(), seed.agreementId(), DocumentKind.AGREEMENT, 0,
                DocumentFormat.PDF));
        record = app.generatedDocuments.findByAgreement(seed.agreementId()).getFirst();
    }

    private SendDocumentByMailCommand command(SubmissionKey key, String recipient) {
        return new SendDocumentByMailCommand(key, seed.agreementId(), record.id(), recipient, "Convention ECO-2020-SCS",
                "Bonjour,\n\nVeuillez trouver ci-joint la convention.\n\nCordialement");
    }

    @Test
    void the_generated_file_is_queued_as_an_attachment_with_an_audit_row_in_one_message() {
        var queued = app.sendDocumentByMail.send(command(SubmissionKey.newKey(), " contact@solidarite-sud.fr "));

        assertThat(app.outbox.messages()).singleElement().satisfies(message -> {
            assertThat(message.id()).isEqualTo(queued.messageId());
            assertThat(message.recipients()).containsExactly("contact@solidarite-sud.fr");
            assertThat(message.subject()).isEqualTo("Convention ECO-2020-SCS");
            assertThat(message.textBody()).contains("ci-joint la convention");
            assertThat(message.agreementId()).isEqualTo(seed.agreementId());
            assertThat(message.attachments()).singleElement().satisfies(attachment -> {
                assertThat(attachment.fileName()).isEqualTo("convention-ECO-2020-SCS.pdf");
                assertThat(attachment.mediaType()).isEqualTo("application/pdf");
                assertThat(attachment.content()).isEqualTo(pdf.content());
            });
        });
        assertThat(app.outbox.audited()).containsExactly(queued.messageId());
        assertThat(app.listAgreementMails.list(new ListAgreementMailsQuery(seed.agreementId()))).singleElement().satisfies(entry -> {
            assertThat(entry.attachmentNames()).containsExactly("convention-ECO-2020-SCS.pdf");
            assertThat(entry.status()).isEqualTo(OutboxStatus.PENDING);
        });
    }

    @Test
    void the_mail_is_prefilled_in_french_with_the_file_and_no_recipient_when_the_association_has_no_contact_email() {
        DocumentMailDraft draft = app.getDocumentMailDraft.prepare(new GetDocumentMailDraftQuery(seed.agreementId(), record.id()));

        assertThat(draft.recipient()).isNull();
        assertThat(draft.subject()).isEqualTo("Convention ECO-2020-SCS");
        assertThat(draft.body()).startsWith("Bonjour,").contains("ci-joint", "ECO-2020-SCS", "conclue avec");
        assertThat(draft.fileName()).isEqualTo("convention-ECO-2020-SCS.pdf");
        assertThat(draft.mailConfigured()).isTrue();
    }

    @Test
    void a_double_click_queues_one_message_and_answers_it_twice() {
        SubmissionKey key = SubmissionKey.newKey();

        var first = app.sendDocumentByMail.send(command(key, "contact@solidarite-sud.fr"));
        var second = app.sendDocumentByMail.send(command(key, "contact@solidarite-sud.fr"));

        assertThat(second).isEqualTo(first);
        assertThat(app.outbox.messages()).hasSize(1);
        assertThat(app.outbox.audited()).hasSize(1);
    }

    @Test
    void a_malformed_recipient_is_refused_naming_the_field_before_anything_is_queued() {
        assertThatThrownBy(() -> command(SubmissionKey.newKey(), "contact@solidarite"))
                .isInstanceOf(InvalidCommandException.class).hasMessageStartingWith("destinataire : adresse invalide");
        assertThatThrownBy(() -> command(SubmissionKey.newKey(), " "))
                .isInstanceOf(InvalidCommandException.class).hasMessageStartingWith("destinataire");
        assertThatThrownBy(() -> new SendDocumentByMailCommand(SubmissionKey.newKey(), seed.agreementId(), record.id(),
                "contact@solidarite-sud.fr", " ", "corps")).isInstanceOf(InvalidCommandException.class).hasMessageStartingWith("objet");
        assertThat(app.outbox.messages()).isEmpty();
    }

    @Test
    void without_a_mail_server_configured_it_is_refused_in_french_and_nothing_is_queued() {
        var unconfigured = new SendDocumentByMailService(app.generatedDocuments, app.documents, app.outbox, app.submissionKeys,
                new MailSettings(false, "https://conventio.example.fr", 7), app.clock);
        long keysBefore = app.submissionKeys.completed();

        assertThatThrownBy(() -> unconfigured.send(command(SubmissionKey.newKey(), "contact@solidarite-sud.fr")))
                .isInstanceOf(DomainException.class).hasMessageContaining("aucun serveur de messagerie n'est configuré");
        assertThat(app.outbox.messages()).isEmpty();
        assertThat(app.submissionKeys.completed()).as("no key claimed").isEqualTo(keysBefore);
    }

    @Test
    void a_document_of_another_agreement_or_unknown_is_not_found() {
        var unknown = new SendDocumentByMailCommand(SubmissionKey.newKey(), seed.agreementId(), UUID.randomUUID(),
                "contact@solidarite-sud.fr", "Objet", "Corps");

        assertThatThrownBy(() -> app.sendDocumentByMail.send(unknown)).isInstanceOf(NotFoundException.class);
        assertThat(app.outbox.messages()).isEmpty();
    }
}
