package fr.conventio.domain.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.domain.shared.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionProgrammeTest {

    @Test
    void d1_programme_is_ordered_categories_i_to_v_holding_actions() {
        ActionProgramme programme = ActionProgramme.of(
                ActionCategory.of("I", "Le développement de la feuille de route de la phase 4.0", "Reporting et suivi des activités du pôle"),
                ActionCategory.of("II", "Le soutien à l'innovation sur les domaines stratégiques", "L'utilisation des plateformes dans les projets"),
                ActionCategory.of("iii", "L'animation du réseau", "Promouvoir la filière microélectronique", "Valoriser les produits"),
                ActionCategory.of("IV", "Le développement à l'international", "Participer aux actions du réseau Silicon Europe"),
                ActionCategory.of("V", "L'emploi et la formation", "Un soutien au déploiement des campus des métiers"));
        assertThat(programme.categories()).extracting(ActionCategory::numeral).containsExactly("I", "II", "III", "IV", "V");
        assertThat(programme.actionCount()).isEqualTo(6);
        assertThat(programme.category("iv")).get().extracting(ActionCategory::title).isEqualTo("Le développement à l'international");
    }

    @Test
    void d1_categories_must_follow_roman_order() {
        assertThatThrownBy(() -> ActionProgramme.of(ActionCategory.of("I", "Premier", "a"), ActionCategory.of("III", "Troisième", "b")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("position 2")
                .hasMessageContaining("II")
                .hasMessageContaining("III");
    }

    @Test
    void d1_programme_needs_a_category_and_each_category_an_action() {
        assertThatThrownBy(() -> new ActionProgramme(List.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("au moins une catégorie");
        assertThatThrownBy(() -> ActionCategory.of("II", "Le soutien à l'innovation"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("catégorie II")
                .hasMessageContaining("au moins une action");
    }

    @Test
    void d1_numeral_must_be_roman() {
        assertThatThrownBy(() -> ActionCategory.of("6", "Autre", "a"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("chiffre romain");
    }

    @Test
    void d1_object_needs_its_objectives_text() {
        assertThatThrownBy(() -> AgreementObject.of("  "))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("objectifs généraux");
        assertThat(AgreementObject.of(" Promouvoir les Solutions Communicantes Sécurisées ").objectives())
                .isEqualTo("Promouvoir les Solutions Communicantes Sécurisées");
    }

    @Test
    void reference_is_non_blank_and_bounded() {
        assertThat(AgreementReference.of(" ECO-2020-SCS ").value()).isEqualTo("ECO-2020-SCS");
        assertThatThrownBy(() -> AgreementReference.of(""))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("référence de la convention");
        assertThatThrownBy(() -> AgreementReference.of("X".repeat(61)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("61 reçus");
    }
}
