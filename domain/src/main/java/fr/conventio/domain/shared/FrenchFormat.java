package fr.conventio.domain.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * How the domain writes amounts, rates and dates in the French messages it gives staff
 * ("70 000,00 €", "7,69 %", "15/04/2020"). Messages only: the UI has its own locale-aware formatting.
 */
public final class FrenchFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private FrenchFormat() {
    }

    /** "70 000,00 €". */
    public static String amount(Amount amount) {
        return number(amount.value()) + " €";
    }

    /** "80,00 %". */
    public static String rate(Rate rate) {
        return number(rate.percentTwoDecimals()) + " %";
    }

    /** "15/04/2020". */
    public static String date(LocalDate date) {
        return date == null ? "(non renseignée)" : DATE.format(date);
    }

    /** "de signer", "d'enregistrer": the preposition before a verb, elided before a vowel or a mute h. */
    public static String de(String phrase) {
        return phrase.isEmpty() || "aàâeéèêiîoôuhy".indexOf(Character.toLowerCase(phrase.charAt(0))) < 0 ? "de " + phrase : "d'" + phrase;
    }

    /** Any decimal number the French way, digits grouped by three, comma for decimals ("-1 234,5"). */
    public static String decimal(BigDecimal value) {
        return value.signum() < 0 ? "-" + number(value.negate()) : number(value);
    }

    private static String number(BigDecimal value) {
        String plain = value.toPlainString();
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        String decimals = dot < 0 ? "" : "," + plain.substring(dot + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(integer.charAt(i));
        }
        return grouped + decimals;
    }
}
