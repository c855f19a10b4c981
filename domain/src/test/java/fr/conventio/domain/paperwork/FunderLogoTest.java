package fr.conventio.domain.paperwork;

import fr.conventio.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The funder's logo: PNG or JPEG by content, at most 1 Mo, refused otherwise with a French message. */
class FunderLogoTest {

    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, x < width / 2 ? 0x0055A4 : 0xEF4135);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    @Test
    void a_png_and_a_jpeg_are_recognised_by_their_content_with_their_size() throws IOException {
        FunderLogo png = FunderLogo.of("logo.png", image("png", 300, 120));
        assertThat(png.mediaType()).isEqualTo(FunderLogo.PNG);
        assertThat(png.width()).isEqualTo(300);
        assertThat(png.height()).isEqualTo(120);
        FunderLogo jpeg = FunderLogo.of("logo.png", image("jpg", 200, 100));
        assertThat(jpeg.mediaType()).isEqualTo(FunderLogo.JPEG);
        assertThat(jpeg.aspectRatio()).isEqualTo(2.0);
    }

    @Test
    void a_file_named_png_that_is_not_an_image_is_refused_in_french() {
        assertThatThrownBy(() -> FunderLogo.of("logo.png", "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("le fichier « logo.png » n'est pas une image PNG ou JPEG")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo(FunderLogo.FIELD);
    }

    @Test
    void an_empty_a_truncated_or_a_too_large_file_is_refused() throws IOException {
        assertThatThrownBy(() -> FunderLogo.of("vide.png", new byte[0])).hasMessageContaining("est vide");
        byte[] png = image("png", 30, 30);
        assertThatThrownBy(() -> FunderLogo.of("coupé.png", Arrays.copyOf(png, 12))).hasMessageContaining("illisible ou incomplète");
        byte[] big = Arrays.copyOf(png, FunderLogo.MAX_BYTES + 1);
        assertThatThrownBy(() -> FunderLogo.of("gros.png", big)).hasMessageContaining("un logo pèse au plus 1 024 Ko (1 Mo)");
    }

    @Test
    void the_model_carries_the_logo_for_the_renderers() throws IOException {
        FunderLogo logo = FunderLogo.of("logo.png", image("png", 10, 10));
        DocumentModel model = AgreementDocument.build(PaperworkTest.seedFacts(fr.conventio.domain.sample.RealAgreement2020.signedSeedAgreement()));
        assertThat(model.logoIfAny()).isEmpty();
        assertThat(model.withLogo(logo).logoIfAny()).contains(logo);
        assertThat(model.withLogo(logo).texts()).isEqualTo(model.texts());
    }
}
