package fr.conventio.adapters.web.ui.common;

import fr.conventio.adapters.web.ui.common.FrenchNumbers.Parsed;
import fr.conventio.adapters.web.ui.common.FrenchNumbers.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** What staff type in an amount or rate field: read exactly, or refused with the reason; never reinterpreted. */
class FrenchNumbersTest {

    @ParameterizedTest(name = "amount \"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "60000           | 60000",
            "60 000          | 60000",
            "60\u00A0000,00  | 60000.00",
            "60\u202F000,5   | 60000.5",
            "1 040 335,00    | 1040335.00",
            "0,99            | 0.99",
            "0               | 0",
            "12,             | 12",
            "12,5 €          | 12.5",
            "12,50€          | 12.50",
            "\"  80 000  \"  | 80000",
            "007             | 7",
            "999 999 999 999,99 | 999999999999.99",
    })
    void accepts_french_amounts(String typed, BigDecimal expected) {
        Parsed read = FrenchNumbers.amount(typed);

        assertThat(read.problem()).isEmpty();
        assertThat(read.value()).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo(expected));
    }

    @ParameterizedTest(name = "amount \"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "180.000         | DOT",
            "12.50           | DOT",
            "1.040.335,00    | DOT",
            "60 000.00       | DOT",
            "1e5             | EXPONENT",
            "1E5             | EXPONENT",
            "2e-3            | EXPONENT",
            "6O OOO          | LETTER_O",
            "1OO             | LETTER_O",
            "abc             | NOT_A_NUMBER",
            "12 euros        | NOT_A_NUMBER",
            "+500            | NOT_A_NUMBER",
            "$500            | NOT_A_NUMBER",
            ",50             | NOT_A_NUMBER",
            "€               | NOT_A_NUMBER",
            "-500            | NEGATIVE",
            "−500            | NEGATIVE",
            "12,5,0          | TWO_COMMAS",
            "60 00           | GROUPING",
            "6 0000          | GROUPING",
            "1  000          | GROUPING",
            "1234 567        | GROUPING",
            "12,345          | DECIMALS",
            "0,001           | DECIMALS",
            "1 000 000 000 000 | TOO_LARGE",
    })
    void refuses_what_could_be_misread(String typed, Problem problem) {
        Parsed read = FrenchNumbers.amount(typed);

        assertThat(read.value()).isEmpty();
        assertThat(read.problem()).contains(problem);
    }

    @ParameterizedTest(name = "blank \"{0}\" is no value and no problem")
    @CsvSource(quoteCharacter = '"', value = {"\"\"", "\"   \"", "\"\u00A0\""})
    void blank_is_empty_not_refused(String typed) {
        assertThat(FrenchNumbers.amount(typed).isBlank()).isTrue();
        assertThat(FrenchNumbers.amount(null).isBlank()).isTrue();
    }

    @ParameterizedTest(name = "rate \"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', value = {"80 | 80", "7,69 | 7.69", "100 % | 100", "0 | 0", "33,3% | 33.3"})
    void accepts_french_rates(String typed, BigDecimal expected) {
        assertThat(FrenchNumbers.percent(typed).value()).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo(expected));
    }

    @ParameterizedTest(name = "rate \"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', value = {"80.5 | DOT", "100,01 | ABOVE_HUNDRED", "150 | ABOVE_HUNDRED", "7,691 | DECIMALS",
            "-5 | NEGATIVE", "8O | LETTER_O", "80 € | NOT_A_NUMBER"})
    void refuses_rates_that_could_be_misread(String typed, Problem problem) {
        assertThat(FrenchNumbers.percent(typed).problem()).contains(problem);
    }
}
