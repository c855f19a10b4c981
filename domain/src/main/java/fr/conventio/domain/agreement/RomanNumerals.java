package fr.conventio.domain.agreement;

import java.util.List;

/** Roman numerals I to XX, for the categories of the action programme. */
public final class RomanNumerals {

    private static final List<String> NUMERALS = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
            "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX");

    /** How many categories a programme can number (I to XX). */
    public static final int MAX = NUMERALS.size();

    private RomanNumerals() {
    }

    /** 1 for "I" ... 20 for "XX"; 0 when not a numeral of that range. */
    public static int toInt(String numeral) {
        return NUMERALS.indexOf(numeral) + 1;
    }

    /** "I" for 1 ... "XX" for 20. */
    public static String of(int n) {
        return NUMERALS.get(n - 1);
    }
}
