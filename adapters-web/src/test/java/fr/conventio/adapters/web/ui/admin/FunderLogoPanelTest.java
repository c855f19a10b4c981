package fr.conventio.adapters.web.ui.admin;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import fr.conventio.adapters.web.ui.StaffUi;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The funder's logo in the administration's template section: uploaded, checked by content, previewed, removed. */
class FunderLogoPanelTest {

    private final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 1, 6));

    @AfterEach
    void tearDown() {
        StaffUi.stop();
    }

    private FunderLogoPanel open() {
        new SeedSteps(app).setUpParties();
        StaffUi.start(app, "admin.test", Roles.ADMINISTRATEUR);
        UI.getCurrent().navigate(AdministrationView.class);
        return _get(AdministrationView.class).logoPanel;
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(300, 100, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void without_a_logo_the_panel_says_so_and_offers_no_removal() {
        FunderLogoPanel panel = open();
        assertThat(panel.description.getText()).isEqualTo("Aucun logo : les documents n'en portent pas.");
        assertThat(panel.preview.isVisible()).isFalse();
        assertThat(panel.remove.isVisible()).isFalse();
    }

    @Test
    void an_uploaded_png_is_stored_previewed_and_described_then_removed() throws IOException {
        FunderLogoPanel panel = open();

        UploadKt._upload(panel.upload, "logo-metropole.png", "image/png", png());

        assertThat(panel.message.getText()).isEqualTo("Logo « logo-metropole.png » enregistré : les prochains documents le porteront.");
        assertThat(app.getFunderLogo.current()).isPresent();
        assertThat(panel.preview.isVisible()).isTrue();
        assertThat(panel.preview.getAlt()).hasValueSatisfying(alt -> assertThat(alt).startsWith("Logo du financeur"));
        assertThat(panel.description.getText()).isEqualTo(
                "Logo actuel : logo-metropole.png (300 × 100 pixels), déposé le 06/01/2020 par " + app.currentUser.currentUser() + ".");

        _click(panel.remove);

        assertThat(app.getFunderLogo.current()).isEmpty();
        assertThat(panel.message.getText()).isEqualTo("Logo retiré : les prochains documents n'en porteront pas.");
        assertThat(panel.preview.isVisible()).isFalse();
    }

    @Test
    void a_file_named_png_that_is_not_an_image_is_refused_in_french_and_nothing_stored() {
        FunderLogoPanel panel = open();

        UploadKt._upload(panel.upload, "logo.png", "image/png", "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8));

        assertThat(panel.message.getText()).contains("logo du financeur", "le fichier « logo.png » n'est pas une image PNG ou JPEG");
        assertThat(app.getFunderLogo.current()).isEmpty();
    }
}
