package fr.conventio.application.paperwork;

import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.shared.InvalidCommandException;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.domain.paperwork.AvailableDocument;
import fr.conventio.domain.paperwork.DocumentFormat;
import fr.conventio.domain.paperwork.DocumentKind;
import fr.conventio.domain.paperwork.FrenchTypography;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GenerateDocumentTest {

    final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 2, 10));
    final SeedSteps seed = new SeedSteps(app);

    @Test
    void the_signed_seed_agreement_is_generated_stored_recorded_and_listed() {
        seed.signed();

        GeneratedDocument pdf = app.generateDocument.generate(new GenerateDocumentCommand(SubmissionKey.newKey(), seed.agreementId(),
                DocumentKind.AGREEMENT, 0, DocumentFormat.PDF));

        assertThat(pdf.fileName()).isEqualTo("convention-ECO-2020-SCS.pdf");
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        assertThat(app.documentRenderer.renderings()).singleElement().satisfies(rendering -> {
            assertThat(rendering.format()).isEqualTo(DocumentFormat.PDF);
            assertThat(FrenchTypography.plain(String.join("\n", rendering.model().texts()))).contains("80 000,00 €", "7,69 %", "64 000,00 €");
        });
        assertThat(app.openDocument.open(new fr.conventio.application.document.OpenDocumentQuery(pdf.documentId())).content())
                .isEqualTo(pdf.content());
        AgreementDocuments documents = app.listAgreementDocuments.list(new ListAgreementDocumentsQuery(seed.agreementId()));
        assertThat(documents.generated()).singleElement().satisfies(record -> {
            assertThat(record.documentId()).isEqualTo(pdf.documentId());
            assertThat(record.kind()).isEqualTo(DocumentKind.AGREEMENT);
            assertThat(record.generatedBy()).isEqualTo(app.currentUser.currentUser());
        });
        assertThat(documents.available()).extracting(AvailableDocument::kind)
                .contains(DocumentKind.AGREEMENT, DocumentKind.AWARD_NOTIFICATION).doesNotContain(DocumentKind.FORMAL_NOTICE);
    }

    @Test
    void a_replay_stores_one_document_and_answers_the_first() {
        seed.signed();
        SubmissionKey key = SubmissionKey.newKey();
        GenerateDocumentCommand command = new GenerateDocumentCommand(key, seed.agreementId(), DocumentKind.AGREEMENT, 0, DocumentFormat.DOCX);

        GeneratedDocument first = app.generateDocument.generate(command);
        GeneratedDocument replay = app.generateDocument.generate(command);

        assertThat(replay.documentId()).isEqualTo(first.documentId());
        assertThat(replay.content()).isEqualTo(first.content());
        assertThat(app.generatedDocuments.size()).isEqualTo(1);
        assertThat(app.documentRenderer.renderings()).hasSize(1);
    }

    @Test
    void t1_a_formal_notice_that_was_never_sent_is_refused_and_nothing_stored() {
        seed.signed();
        var before = app.snapshot();

        assertThatThrownBy(() -> app.generateDocument.generate(new GenerateDocumentCommand(SubmissionKey.newKey(), seed.agreementId(),
                DocumentKind.FORMAL_NOTICE, 1, DocumentFormat.PDF)))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("Mise en demeure");
        assertThat(app.snapshot()).isEqualTo(before);
    }

    @Test
    void generated_files_are_never_purged_as_unattached() {
        seed.signed();
        GeneratedDocument pdf = app.generateDocument.generate(new GenerateDocumentCommand(SubmissionKey.newKey(), seed.agreementId(),
                DocumentKind.AGREEMENT, 0, DocumentFormat.PDF));

        app.documents.purgeUnattached(java.time.Instant.parse("2100-01-01T00:00:00Z"));

        assertThat(app.documents.find(pdf.documentId())).isPresent();
    }
}
