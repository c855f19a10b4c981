package fr.conventio.domain.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.InvalidValueException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScdlSubsidyRecordTest {

    private static ScdlSubsidyRecord with(String idAttribuant, String idBeneficiaire, String rna, String objet, String idRae, BigDecimal share) {
        return new ScdlSubsidyRecord("Métropole Aix-Marseille-Provence", idAttribuant, LocalDate.of(2020, 3, 2), null,
                "Pôle SCS", idBeneficiaire, rna, objet, Amount.of(80_000), ScdlNature.CASH, ScdlSubsidyRecord.STAGGERED,
                ScdlPaymentPeriod.on(LocalDate.of(2020, 3, 16)), idRae, false, share, null);
    }

    @Test
    void x1_id_attribuant_is_a_14_digit_siret_with_a_valid_check_digit() {
        assertThatThrownBy(() -> with("218601946", "12345678900015", null, "objet", null, BigDecimal.ONE))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("idAttribuant")
                .hasMessageContaining("14 chiffres");
        // exemple_invalide_erreurs_cellules.csv: 21860194600000 fails the check digit
        assertThatThrownBy(() -> with("21860194600000", "12345678900015", null, "objet", null, BigDecimal.ONE))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("clé de contrôle");
        assertThat(ScdlSubsidyRecord.hasValidSiretCheckDigit("21060004500392")).isTrue();
        // La Poste (SIREN 356000000): digit sum divisible by 5 instead of Luhn
        assertThat(ScdlSubsidyRecord.hasValidSiretCheckDigit("35600000000060")).isTrue();
        assertThat(ScdlSubsidyRecord.hasValidSiretCheckDigit("35600000000061")).isFalse();
    }

    @Test
    void x1_beneficiary_needs_a_siret_or_an_rna_number() {
        assertThatThrownBy(() -> with("20005480700017", null, null, "objet", null, BigDecimal.ONE))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("SIRET ou le numéro RNA");
        assertThatThrownBy(() -> with("20005480700017", null, "W3222", "objet", null, BigDecimal.ONE))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("rnaBeneficiaire");
        assertThat(with("20005480700017", " ", "W333216789", "objet", null, BigDecimal.ONE).idBeneficiaire()).isNull();
    }

    @Test
    void x1_object_at_most_256_characters_and_id_rae_at_most_5() {
        assertThatThrownBy(() -> with("20005480700017", "12345678900015", null, "x".repeat(257), null, BigDecimal.ONE))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("objet")
                .hasMessageContaining("257");
        assertThatThrownBy(() -> with("20005480700017", "12345678900015", null, "objet", "123456", BigDecimal.ONE))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("idRAE");
        assertThat(with("20005480700017", "12345678900015", null, "x".repeat(256), "17845", BigDecimal.ONE).objet()).hasSize(256);
    }

    @Test
    void x1_share_is_a_fraction_between_0_01_and_1() {
        assertThatThrownBy(() -> with("20005480700017", "12345678900015", null, "objet", null, new BigDecimal("100")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("pourcentageSubvention");
        assertThatThrownBy(() -> with("20005480700017", "12345678900015", null, "objet", null, new BigDecimal("0.009")))
                .isInstanceOf(InvalidValueException.class);
        assertThat(with("20005480700017", "12345678900015", null, "objet", null, new BigDecimal("0.0769")).pourcentageSubvention())
                .isEqualByComparingTo("0.0769");
    }

    @Test
    void x1_required_fields() {
        assertThatThrownBy(() -> new ScdlSubsidyRecord(" ", "20005480700017", LocalDate.of(2020, 3, 2), null, "Pôle SCS",
                "12345678900015", null, "objet", Amount.of(1), ScdlNature.CASH, "unique", ScdlPaymentPeriod.on(LocalDate.of(2020, 3, 2)),
                null, false, BigDecimal.ONE, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("nomAttribuant");
        assertThatThrownBy(() -> new ScdlSubsidyRecord("Métropole", "20005480700017", null, null, "Pôle SCS",
                "12345678900015", null, "objet", Amount.of(1), ScdlNature.CASH, "unique", ScdlPaymentPeriod.on(LocalDate.of(2020, 3, 2)),
                null, false, BigDecimal.ONE, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("dateConvention");
        assertThatThrownBy(() -> ScdlPaymentPeriod.between(LocalDate.of(2021, 1, 1), LocalDate.of(2020, 1, 1)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("datesPeriodeVersement");
    }
}
