package fr.conventio.domain.agreement;

import java.util.List;

/** Roman numerals I to XX, for the categories of the action programme. */
final class RomanNumerals {

    private static final List<String> NUMERALS = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
            "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX");

    private RomanNumerals() {
    }

    /** 1 for "I" ... 20 for "XX"; 0 when not a numeral of that range. */
    static int toInt(String numeral) {
        return NUMERALS.indexOf(numeral) + 1;
    }

    static String of(int n) {
        return NUMERALS.get(n - 1);
    }
}
