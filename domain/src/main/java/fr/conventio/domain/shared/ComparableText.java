package fr.conventio.domain.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How two texts typed by staff are compared when they must not name two things: without accents, ligatures
 * spelt out, spaces around trimmed, in lower case ("ÉCO-2020-Scs" and "eco-2020-scs", "Œuvre Sociale " and
 * "oeuvre sociale" are the same). Agreement references are unique by it; an association's name is warned about.
 */
public final class ComparableText {

    private ComparableText() {
    }

    public static String of(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE").replace("ß", "ss")
                .toLowerCase(Locale.ROOT);
    }

    public static boolean same(String one, String other) {
        return of(one).equals(of(other));
    }
}
