package fr.conventio.adapters.web.ui.admin;

import com.vaadin.flow.component.UI;
import fr.conventio.adapters.web.ui.StaffUi;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.security.Roles;
import fr.conventio.domain.paperwork.DocumentKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The administrator's document templates: an unknown field named on its text area, a preview, a save and a reset. */
class DocumentTemplatesSectionTest {

    private final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 1, 6));

    @AfterEach
    void tearDown() {
        StaffUi.stop();
    }

    private DocumentTemplatesSection open() {
        new SeedSteps(app).setUpParties();
        StaffUi.start(app, "admin.test", Roles.ADMINISTRATEUR);
        UI.getCurrent().navigate(AdministrationView.class);
        return _get(AdministrationView.class).templatesSection;
    }

    @Test
    void a_field_that_does_not_exist_is_named_on_its_text_area_and_nothing_is_saved() {
        DocumentTemplatesSection section = open();
        _setValue(section.kind, DocumentKind.FORMAL_NOTICE);
        _setValue(section.closing, "Cordialement, {{directeur.nom}}");

        _click(section.save);

        assertThat(section.closing.isInvalid()).isTrue();
        assertThat(section.closing.getErrorMessage()).contains("formule finale", "« {{directeur.nom}} » n'existe pas");
        assertThat(app.documentTemplates.findAll()).isEmpty();
    }

    @Test
    void a_template_is_previewed_saved_shown_again_and_reset() {
        DocumentTemplatesSection section = open();
        _setValue(section.kind, DocumentKind.AWARD_NOTIFICATION);
        _setValue(section.letterhead, "{{financeur.nom}}\nDirection de l'Innovation");

        _click(section.preview);
        assertThat(section.previewLink.isVisible()).isTrue();
        assertThat(section.previewLink.getText()).startsWith("Télécharger l'aperçu : apercu-notification-attribution");
        assertThat(app.documentTemplates.findAll()).as("a preview saves nothing").isEmpty();

        _click(section.save);
        assertThat(app.documentTemplates.find(DocumentKind.AWARD_NOTIFICATION)).hasValueSatisfying(t ->
                assertThat(t.letterhead()).isEqualTo("{{financeur.nom}}\nDirection de l'Innovation"));
        _setValue(section.kind, DocumentKind.AGREEMENT);
        assertThat(section.letterhead.getValue()).isEmpty();
        _setValue(section.kind, DocumentKind.AWARD_NOTIFICATION);
        assertThat(section.letterhead.getValue()).isEqualTo("{{financeur.nom}}\nDirection de l'Innovation");

        _click(section.reset);
        assertThat(app.documentTemplates.findAll()).isEmpty();
        assertThat(section.letterhead.getValue()).isEmpty();
    }
}
