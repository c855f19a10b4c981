package fr.conventio.domain.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** P2 (and P1 for the funder): SIREN, SIRET and RNA numbers a user expects, with their checks. */
class PartyIdentifiersTest {

    @Test
    void p2_siren_with_valid_luhn_key_is_accepted_and_spaces_removed() {
        assertThat(Siren.of("200 054 807").value()).isEqualTo("200054807");
        assertThat(Siren.of("999999998")).isEqualTo(Siren.of("999 999 998"));
    }

    @Test
    void p2_siren_with_wrong_check_digit_is_refused() {
        assertThatThrownBy(() -> Siren.of("200054808"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("SIREN")
                .hasMessageContaining("clé de contrôle")
                .hasMessageContaining("200054808")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("SIREN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"20005480", "2000548071", "20005480A", ""})
    void p2_siren_must_have_nine_digits(String wrong) {
        assertThatThrownBy(() -> Siren.of(wrong))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("9 chiffres");
    }

    @Test
    void p2_siret_with_valid_luhn_key_exposes_siren_and_nic() {
        Siret siret = Siret.of("200 054 807 00017");
        assertThat(siret.value()).isEqualTo("20005480700017");
        assertThat(siret.siren()).isEqualTo(Siren.of("200054807"));
        assertThat(siret.nic()).isEqualTo("00017");
    }

    @Test
    void p2_siret_with_wrong_check_digit_is_refused() {
        assertThatThrownBy(() -> Siret.of("20005480700018"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("SIRET")
                .hasMessageContaining("clé de contrôle")
                .hasMessageContaining("20005480700018");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2000548070001", "200054807000170", "2000548070001X"})
    void p2_siret_must_have_fourteen_digits(String wrong) {
        assertThatThrownBy(() -> Siret.of(wrong))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("14 chiffres");
    }

    @Test
    void p2_la_poste_siret_uses_sum_of_digits_multiple_of_five() {
        // 35600000000010: Luhn fails, but 3+5+6+1 = 15 is a multiple of 5 (La Poste exception)
        assertThat(Siret.of("35600000000010").siren()).isEqualTo(Siren.of(Siret.LA_POSTE_SIREN));
        // La Poste head office, valid by Luhn too
        assertThat(Siret.of("35600000000048").nic()).isEqualTo("00048");
        // sum 16: neither rule holds
        assertThatThrownBy(() -> Siret.of("35600000000011"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("clé de contrôle");
    }

    @Test
    void p2_sum_of_digits_rule_is_only_for_la_poste() {
        // 12345678900000: digit sum 45 is a multiple of 5, but this is not La Poste and Luhn fails
        assertThatThrownBy(() -> Siret.of("12345678900000"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("clé de contrôle");
    }

    @Test
    void p2_rna_is_w_and_nine_digits_uppercase_normalised() {
        assertThat(RnaNumber.of("w131000000").value()).isEqualTo("W131000000");
        assertThat(RnaNumber.of(" W13 100 0000 ")).isEqualTo(RnaNumber.of("W131000000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"131000000", "W13100000", "W1310000000", "W13100000A", "X131000000"})
    void p2_rna_with_wrong_format_is_refused(String wrong) {
        assertThatThrownBy(() -> RnaNumber.of(wrong))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("RNA")
                .hasMessageContaining("« W » suivi de 9 chiffres");
    }
}
