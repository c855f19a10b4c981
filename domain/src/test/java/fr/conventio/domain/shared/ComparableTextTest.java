package fr.conventio.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.domain.agreement.AgreementReference;

import org.junit.jupiter.api.Test;

class ComparableTextTest {

    @Test
    void case_accents_ligatures_and_surrounding_spaces_do_not_make_another_text() {
        assertThat(ComparableText.same("ÉCO-2020-Scs", "eco-2020-scs")).isTrue();
        assertThat(ComparableText.same("Œuvre Sociale ", "oeuvre sociale")).isTrue();
        assertThat(ComparableText.same("Pôle Économique", "POLE ECONOMIQUE")).isTrue();
    }

    @Test
    void other_letters_digits_or_punctuation_make_another_text() {
        assertThat(ComparableText.same("ECO-2020-SCS", "ECO-2021-SCS")).isFalse();
        assertThat(ComparableText.same("ECO-2020-SCS", "ECO 2020 SCS")).isFalse();
        assertThat(ComparableText.same("Pole", "Poles")).isFalse();
    }

    @Test
    void an_agreement_reference_is_compared_by_its_key() {
        assertThat(AgreementReference.of("Éco-2020-SCS").sameAs(AgreementReference.of("eco-2020-scs"))).isTrue();
        assertThat(AgreementReference.of("Éco-2020-SCS").key()).isEqualTo("eco-2020-scs");
        assertThat(AgreementReference.of("ECO-2020-SCS").sameAs(AgreementReference.of("ECO-2020-SCS-2"))).isFalse();
    }
}
