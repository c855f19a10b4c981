package fr.conventio.application.paperwork;

import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.shared.InvalidCommandException;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.domain.paperwork.DocumentFormat;
import fr.conventio.domain.paperwork.DocumentKind;
import fr.conventio.domain.paperwork.FunderLogo;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The funder's logo: uploaded by the administrator, checked by content, stored, put in every generated document's letterhead. */
class FunderLogoTest {

    final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 2, 10));
    final SeedSteps seed = new SeedSteps(app);

    static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void the_uploaded_logo_is_stored_previewed_audited_and_put_in_the_letterhead_of_generated_documents() throws IOException {
        seed.signed();
        byte[] content = png(240, 80);

        FunderLogoView uploaded = app.uploadFunderLogo.upload(new UploadFunderLogoCommand("logo-metropole.png", content));

        assertThat(uploaded.mediaType()).isEqualTo(FunderLogo.PNG);
        assertThat(uploaded.width()).isEqualTo(240);
        assertThat(app.getFunderLogo.current()).hasValueSatisfying(view -> {
            assertThat(view.content()).isEqualTo(content);
            assertThat(view.fileName()).isEqualTo("logo-metropole.png");
            assertThat(view.uploadedBy()).isEqualTo(app.currentUser.currentUser());
        });
        assertThat(app.funderLogos.audit()).containsExactly("INSERT logo-metropole.png");

        app.generateDocument.generate(new GenerateDocumentCommand(SubmissionKey.newKey(), seed.agreementId(), DocumentKind.AGREEMENT, 0,
                DocumentFormat.DOCX));
        assertThat(app.documentRenderer.renderings().getLast().model().logoIfAny())
                .hasValueSatisfying(logo -> assertThat(logo.content()).isEqualTo(content));

        app.documents.purgeUnattached(Instant.parse("2100-01-01T00:00:00Z"));
        assertThat(app.getFunderLogo.current()).isPresent();
    }

    @Test
    void a_file_that_is_not_a_png_or_jpeg_is_refused_in_french_and_nothing_is_stored() {
        var before = app.snapshot();

        assertThatThrownBy(() -> app.uploadFunderLogo.upload(new UploadFunderLogoCommand("logo.png", "GIF89a...".getBytes())))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("n'est pas une image PNG ou JPEG")
                .extracting(e -> ((InvalidCommandException) e).field()).isEqualTo(FunderLogo.FIELD);
        assertThat(app.getFunderLogo.current()).isEmpty();
        assertThat(app.snapshot()).isEqualTo(before);
    }

    @Test
    void once_removed_the_documents_have_no_logo_and_the_preview_none() throws IOException {
        seed.signed();
        app.uploadFunderLogo.upload(new UploadFunderLogoCommand("logo.png", png(10, 10)));
        app.uploadFunderLogo.upload(new UploadFunderLogoCommand("autre.png", png(20, 10)));
        app.removeFunderLogo.remove();

        assertThat(app.getFunderLogo.current()).isEmpty();
        assertThat(app.funderLogos.audit()).containsExactly("INSERT logo.png", "UPDATE autre.png", "DELETE autre.png");
        app.generateDocument.generate(new GenerateDocumentCommand(SubmissionKey.newKey(), seed.agreementId(), DocumentKind.AGREEMENT, 0,
                DocumentFormat.PDF));
        assertThat(app.documentRenderer.renderings().getLast().model().logoIfAny()).isEmpty();
    }

    @Test
    void the_template_preview_carries_the_logo() throws IOException {
        app.uploadFunderLogo.upload(new UploadFunderLogoCommand("logo.png", png(10, 10)));
        app.previewDocumentTemplate.preview(new SaveDocumentTemplateCommand(DocumentKind.AGREEMENT, null, null, null));
        assertThat(app.documentRenderer.renderings().getLast().model().logoIfAny()).isPresent();
    }
}
