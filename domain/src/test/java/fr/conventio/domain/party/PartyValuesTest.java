package fr.conventio.domain.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.InvalidValueException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

/** P1/P2: addresses, people, deliberations and the association's fiscal year. */
class PartyValuesTest {

    @Test
    void p1_funder_address_has_lines_postal_code_and_city() {
        PostalAddress address = PostalAddress.of(" 58 boulevard Charles Livon ", "13 007", "Marseille");
        assertThat(address.lines()).containsExactly("58 boulevard Charles Livon");
        assertThat(address.postalCode()).isEqualTo("13007");
        assertThat(address.singleLine()).isEqualTo("58 boulevard Charles Livon, 13007 Marseille");
    }

    @Test
    void p2_postal_code_must_have_five_digits() {
        assertThatThrownBy(() -> PostalAddress.of("Place Paul Borde", "1379", "Rousset"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("code postal")
                .hasMessageContaining("1379");
    }

    @Test
    void p2_address_needs_a_line_and_a_city() {
        assertThatThrownBy(() -> new PostalAddress(List.of(), "13790", "Rousset"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("adresse");
        assertThatThrownBy(() -> PostalAddress.of("Place Paul Borde", "13790", " "))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("ville");
    }

    @Test
    void p2_representative_has_name_and_function_civility_optional() {
        assertThat(Representative.of(Civility.MONSIEUR, "Lionel LAPRAS", "Président").designation())
                .isEqualTo("Monsieur Lionel LAPRAS, Président");
        assertThat(Representative.of(null, "Camille MARTIN", "Présidente").designation())
                .isEqualTo("Camille MARTIN, Présidente");
        assertThatThrownBy(() -> Representative.of(Civility.MADAME, "Camille MARTIN", ""))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("représentant (fonction)");
    }

    @Test
    void p1_signatory_signs_by_delegation() {
        Signatory signatory = new Signatory(Civility.MONSIEUR, "Gérard BRAMOULLÉ",
                "Vice-Président délégué au Territoire numérique et à l'Innovation technologique",
                "Pour la Présidente et par délégation");
        assertThat(signatory.signsByDelegation()).isTrue();
        assertThat(new Signatory(null, "X", "Président", "  ").signsByDelegation()).isFalse();
        assertThatThrownBy(() -> new Signatory(null, " ", "Président", null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("signataire (nom)");
    }

    @Test
    void p1_deliberation_has_number_body_and_date() {
        Deliberation deliberation = new Deliberation("ECO 001-19/12/19/BM", "Bureau de la Métropole", LocalDate.of(2019, 12, 19));
        assertThat(deliberation.designation()).contains("ECO 001-19/12/19/BM", "Bureau de la Métropole", "19/12/2019").doesNotContain("2019-12-19");
        assertThatThrownBy(() -> new Deliberation("ECO", "Bureau de la Métropole", null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("délibération (date)");
        assertThatThrownBy(() -> new Deliberation("", "Bureau de la Métropole", LocalDate.of(2019, 12, 19)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("délibération (numéro)");
    }

    @Test
    void p2_default_fiscal_year_is_1_january_to_31_december() {
        assertThat(FiscalYear.CALENDAR.isCalendarYear()).isTrue();
        assertThat(FiscalYear.CALENDAR.periodContaining(LocalDate.of(2020, 6, 15)).days()).isEqualTo(366);
        assertThat(FiscalYear.CALENDAR.closingDateOfYearEndingIn(BudgetYear.of(2020))).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(FiscalYear.CALENDAR.closingDateOfYearContainingEndOf(BudgetYear.of(2020))).isEqualTo(LocalDate.of(2020, 12, 31));
    }

    @Test
    void p2_fiscal_year_of_twelve_consecutive_months_from_1_july() {
        FiscalYear july = FiscalYear.starting(Month.JULY, 1);
        assertThat(july.isCalendarYear()).isFalse();
        assertThat(july.periodContaining(LocalDate.of(2020, 3, 1)).start()).isEqualTo(LocalDate.of(2019, 7, 1));
        assertThat(july.periodContaining(LocalDate.of(2020, 3, 1)).end()).isEqualTo(LocalDate.of(2020, 6, 30));
        assertThat(july.periodContaining(LocalDate.of(2020, 7, 1)).end()).isEqualTo(LocalDate.of(2021, 6, 30));
        assertThat(july.closingDateOfYearEndingIn(BudgetYear.of(2020))).isEqualTo(LocalDate.of(2020, 6, 30));
        assertThat(july.closingDateOfYearContainingEndOf(BudgetYear.of(2020))).isEqualTo(LocalDate.of(2021, 6, 30));
    }

    @Test
    void p2_fiscal_year_cannot_start_on_29_february_or_an_impossible_day() {
        assertThatThrownBy(() -> new FiscalYear(MonthDay.of(2, 29)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("29 février");
        assertThatThrownBy(() -> FiscalYear.starting(Month.APRIL, 31))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("exercice comptable");
    }
}
