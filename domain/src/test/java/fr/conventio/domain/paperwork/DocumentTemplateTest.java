package fr.conventio.domain.paperwork;

import fr.conventio.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fr.conventio.domain.sample.RealAgreement2020.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentTemplateTest {

    private static final PaperworkFacts SEED = PaperworkFacts.of(signedSeedAgreement(), seedFunder(), seedAssociation(), LocalDate.of(2020, 2, 10));

    @Test
    void a_template_naming_a_field_that_does_not_exist_is_refused_with_the_field_name() {
        assertThatThrownBy(() -> new DocumentTemplate(DocumentKind.AWARD_NOTIFICATION, "{{financeur.nom}}\n{{financeur.logo}}", null, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("en-tête").hasMessageContaining("« {{financeur.logo}} » n'existe pas")
                .hasMessageContaining("{{convention.reference}}");
        assertThatThrownBy(() -> new DocumentTemplate(DocumentKind.AWARD_NOTIFICATION, null, "Objet {{convention.reference", null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("paragraphe d'ouverture");
    }

    @Test
    void the_letterhead_opening_and_closing_replace_the_defaults_with_the_fields_filled_in() {
        DocumentTemplate template = new DocumentTemplate(DocumentKind.AWARD_NOTIFICATION,
                "{{financeur.nom}}\nDirection de l'Innovation\n{{financeur.adresse}}",
                "Votre dossier {{convention.reference}} pour {{convention.subvention}} a été examiné.",
                "Veuillez agréer nos salutations, {{signataire}}.");

        String text = FrenchTypography.plain(String.join("\n", Letters.build(SEED, DocumentKind.AWARD_NOTIFICATION, 0, template).texts()));

        assertThat(text).contains("Direction de l'Innovation", "Votre dossier ECO-2020-SCS pour 80 000,00 € a été examiné.",
                "Veuillez agréer nos salutations, Monsieur Gérard BRAMOULLÉ").doesNotContain("l'expression de mes salutations distinguées");
        assertThat(FrenchTypography.plain(String.join("\n", Letters.build(SEED, DocumentKind.AWARD_NOTIFICATION, 0).texts())))
                .contains("l'expression de mes salutations distinguées").doesNotContain("Direction de l'Innovation");
    }

    @Test
    void the_agreement_takes_the_letterhead_before_its_title() {
        DocumentTemplate template = new DocumentTemplate(DocumentKind.AGREEMENT, "MÉTROPOLE AIX-MARSEILLE-PROVENCE\nDirection de l'Innovation", null, null);
        var texts = AgreementDocument.build(SEED, template).texts();
        assertThat(texts.get(1)).isEqualTo("MÉTROPOLE AIX-MARSEILLE-PROVENCE");
        assertThat(FrenchTypography.plain(texts.get(3))).startsWith("CONVENTION ANNUELLE");
    }

    @Test
    void every_field_of_the_catalogue_has_a_value_for_the_seed() {
        for (String field : TemplateFields.names()) {
            assertThat(TemplateFields.fill("{{" + field + "}}", SEED)).as(field).isNotBlank().doesNotContain("{{");
        }
    }
}
