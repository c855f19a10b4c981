package fr.conventio.adapters.web.ui.draft;

import java.util.List;

/**
 * The Roman numerals of the programme's categories as the form shows them while typing (I, II, III...).
 * The domain numbers categories the same way and refuses any other numbering (its own helper is not
 * public).
 */
final class Numerals {

    private static final List<String> NUMERALS = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
            "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX");

    /** How many categories a programme can have. */
    static final int MAX = NUMERALS.size();

    private Numerals() {
    }

    /** "I" for 1 ... "XX" for 20. */
    static String of(int position) {
        return NUMERALS.get(position - 1);
    }
}
