package fr.conventio.application.paperwork;

import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.shared.InvalidCommandException;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.domain.paperwork.DocumentFormat;
import fr.conventio.domain.paperwork.DocumentKind;
import fr.conventio.domain.paperwork.DocumentTemplate;
import fr.conventio.domain.paperwork.FrenchTypography;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentTemplatesTest {

    final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 2, 10));
    final SeedSteps seed = new SeedSteps(app);

    @Test
    void a_template_with_an_unknown_field_is_refused_with_its_name_and_nothing_saved() {
        assertThatThrownBy(() -> app.saveDocumentTemplate.save(new SaveDocumentTemplateCommand(DocumentKind.FORMAL_NOTICE,
                "{{financeur.nom}}", null, "Cordialement, {{directeur.nom}}")))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageStartingWith("formule finale : le champ « {{directeur.nom}} » n'existe pas");
        assertThat(app.documentTemplates.findAll()).isEmpty();
    }

    @Test
    void a_saved_template_is_used_by_the_next_document_and_a_reset_brings_the_default_back() {
        seed.signed();
        app.saveDocumentTemplate.save(new SaveDocumentTemplateCommand(DocumentKind.AGREEMENT, "{{financeur.nom}}\nDirection de l'Innovation",
                null, null));
        assertThat(app.listDocumentTemplates.list()).filteredOn(t -> t.kind() == DocumentKind.AGREEMENT).singleElement()
                .extracting(DocumentTemplate::isDefault).isEqualTo(false);

        app.generateDocument.generate(new GenerateDocumentCommand(SubmissionKey.newKey(), seed.agreementId(), DocumentKind.AGREEMENT, 0,
                DocumentFormat.PDF));
        app.resetDocumentTemplate.reset(DocumentKind.AGREEMENT);
        app.generateDocument.generate(new GenerateDocumentCommand(SubmissionKey.newKey(), seed.agreementId(), DocumentKind.AGREEMENT, 0,
                DocumentFormat.PDF));

        var renderings = app.documentRenderer.renderings();
        assertThat(renderings.get(0).model().texts()).contains(FrenchTypography.text("Direction de l'Innovation"));
        assertThat(renderings.get(1).model().texts()).doesNotContain(FrenchTypography.text("Direction de l'Innovation"));
    }

    @Test
    void every_kind_can_be_previewed_before_saving_and_nothing_is_stored() {
        var before = app.snapshot();
        for (DocumentKind kind : DocumentKind.values()) {
            GeneratedDocument preview = app.previewDocumentTemplate.preview(new SaveDocumentTemplateCommand(kind,
                    "{{financeur.nom}}\nService des subventions", "Aperçu pour {{association.nom}}.", null));
            assertThat(preview.mediaType()).isEqualTo("application/pdf");
            assertThat(preview.fileName()).startsWith("apercu-" + kind.fileStem());
        }
        assertThat(app.snapshot()).isEqualTo(before);
        assertThat(app.documentRenderer.renderings()).hasSize(DocumentKind.values().length)
                .allSatisfy(r -> assertThat(r.model().texts()).contains(FrenchTypography.text("Service des subventions")));
    }
}
