package fr.conventio.adapters.web.ui.association;

import fr.conventio.adapters.web.ui.Formats;

/** Display of company identifiers the way staff read them: SIRET {@code 999 999 998 00019} (no-break spaces). */
public final class Identifiers {

    private Identifiers() {
    }

    /** A 14-digit SIRET grouped 3-3-3-5; anything else as it is, {@code null} as empty. */
    public static String siret(String siret) {
        if (siret == null) {
            return "";
        }
        if (!siret.matches("\\d{14}")) {
            return siret;
        }
        char s = Formats.NBSP;
        return siret.substring(0, 3) + s + siret.substring(3, 6) + s + siret.substring(6, 9) + s + siret.substring(9);
    }
}
