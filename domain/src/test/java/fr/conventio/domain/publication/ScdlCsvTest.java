package fr.conventio.domain.publication;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.domain.shared.Amount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScdlCsvTest {

    /** Header line of scdl/exemple_valide.csv (SCDL subventions 2.1.1), copied verbatim. */
    private static final String EXAMPLE_HEADER = "nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,"
            + "idBeneficiaire,rnaBeneficiaire,objet,montant,nature,conditionsVersement,datesPeriodeVersement,idRAE,notificationUE,"
            + "pourcentageSubvention,dispositifAide";

    /**
     * The seed grant. The funder's SIRET is the Métropole's (check digit valid); the association's
     * SIRET, the deliberation number and the signature date are stand-ins (the seed leaves them blank).
     */
    static ScdlSubsidyRecord seed() {
        return new ScdlSubsidyRecord("Métropole Aix-Marseille-Provence", "20005480700017", LocalDate.of(2020, 3, 2),
                "ECO 001-19/12/2019/BM", "POLE SOLUTIONS COMMUNICANTES SÉCURISÉES (SCS)", "12345678900015", null,
                "Programme 2020 du pôle SCS : feuille de route 4.0, innovation, animation du réseau, international, emploi et formation",
                Amount.of(80_000), ScdlNature.CASH, ScdlSubsidyRecord.STAGGERED,
                ScdlPaymentPeriod.between(LocalDate.of(2020, 3, 16), LocalDate.of(2021, 7, 15)), null, false, new BigDecimal("1.00"), null);
    }

    @Test
    void x1_header_is_exactly_the_one_of_the_valid_example() {
        assertThat(ScdlCsv.header()).isEqualTo(EXAMPLE_HEADER);
        assertThat(ScdlCsv.write(List.of())).isEqualTo(EXAMPLE_HEADER + "\r\n");
    }

    @Test
    void x1_seed_grant_as_a_csv_line() {
        String csv = ScdlCsv.write(List.of(seed()));

        assertThat(csv).isEqualTo(EXAMPLE_HEADER + "\r\n"
                + "Métropole Aix-Marseille-Provence,20005480700017,2020-03-02,ECO 001-19/12/2019/BM,"
                + "POLE SOLUTIONS COMMUNICANTES SÉCURISÉES (SCS),12345678900015,,"
                + "\"Programme 2020 du pôle SCS : feuille de route 4.0, innovation, animation du réseau, international, emploi et formation\","
                + "80000.00,aide en numéraire,échelonné,2020-03-16/2021-07-15,,non,1.00,\r\n");
    }

    @Test
    void x1_rfc4180_quoting_of_commas_quotes_and_line_breaks() {
        assertThat(ScdlCsv.quote("Organisation de la 22 ème édition de \"La Michel Grain\""))
                .isEqualTo("\"Organisation de la 22 ème édition de \"\"La Michel Grain\"\"\"");
        assertThat(ScdlCsv.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(ScdlCsv.quote("ligne 1\nligne 2")).isEqualTo("\"ligne 1\nligne 2\"");
        assertThat(ScdlCsv.quote("CONV N° 2994-13")).isEqualTo("CONV N° 2994-13");
    }

    @Test
    void x1_single_payment_date_amounts_with_a_dot_and_both_natures() {
        ScdlSubsidyRecord single = new ScdlSubsidyRecord("ANTIBES", "21060004500392", LocalDate.of(2013, 10, 4), "CONV N° 2994-13",
                "ANTIBES RALLYE ASSOCIATION", null, "W322216459", "Fonctionnement", Amount.of("33000.5"),
                ScdlNature.CASH_AND_IN_KIND, ScdlSubsidyRecord.UNIQUE, ScdlPaymentPeriod.on(LocalDate.of(2017, 3, 9)), "12345", true,
                new BigDecimal("0.1"), "65d5b6c7-102c-4440-ac3b-768f708edc0a");

        assertThat(ScdlCsv.values(single)).containsExactly("ANTIBES", "21060004500392", "2013-10-04", "CONV N° 2994-13",
                "ANTIBES RALLYE ASSOCIATION", "", "W322216459", "Fonctionnement", "33000.50", "aide en numéraire;aide en nature",
                "unique", "2017-03-09", "12345", "oui", "0.1", "65d5b6c7-102c-4440-ac3b-768f708edc0a");
    }

    @Test
    void x1_only_subsidies_above_23000_are_published() {
        assertThat(ScdlPublicationPolicy.mustPublish(Amount.of(80_000))).isTrue();
        assertThat(ScdlPublicationPolicy.mustPublish(Amount.of("23000.01"))).isTrue();
        assertThat(ScdlPublicationPolicy.mustPublish(Amount.of(23_000))).isFalse();
        assertThat(ScdlPublicationPolicy.mustPublish(Amount.of(10_000))).isFalse();
    }
}
