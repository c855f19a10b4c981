package fr.conventio.domain.paperwork;

import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.Rate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * French typography for generated documents: a no-break space before « : » and after « n° », a narrow no-break space before
 * « ; ? ! » and inside « guillemets », typographic apostrophes, thousands grouped with a narrow no-break space
 * ("80 000,00 €"), dates written out with "1er" ("1er janvier 2020"). Screens and messages keep
 * {@link fr.conventio.domain.shared.FrenchFormat}.
 */
public final class FrenchTypography {

    /** No-break space (before « : », before « € » and « % »). */
    public static final char NBSP = '\u00A0';
    /** Narrow no-break space (before « ; ? ! », inside « », between thousands). */
    public static final char NNBSP = '\u202F';

    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"};
    private static final Pattern BEFORE_COLON = Pattern.compile("(?<=\\S)[ \\u00A0\\u202F]*:(?=\\s|$)");
    private static final Pattern BEFORE_HIGH = Pattern.compile("(?<=[^\\s;?!])[ \\u00A0\\u202F]*([;?!])(?=\\s|$|[»)])");
    private static final Pattern OPENING_QUOTE = Pattern.compile("«[ \\u00A0\\u202F]*");
    private static final Pattern CLOSING_QUOTE = Pattern.compile("[ \\u00A0\\u202F]*»");
    private static final Pattern STRAIGHT_QUOTES = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern NUMBER_SIGN = Pattern.compile("(?<=\\b[nN]°) (?=\\S)");

    private FrenchTypography() {
    }

    /** The text with French spacing and punctuation (idempotent). */
    public static String text(String raw) {
        if (raw == null || raw.isEmpty()) {
            return raw == null ? "" : raw;
        }
        String text = raw.replace('\'', '’');
        text = STRAIGHT_QUOTES.matcher(text).replaceAll("«$1»");
        text = OPENING_QUOTE.matcher(text).replaceAll("«" + NNBSP);
        text = CLOSING_QUOTE.matcher(text).replaceAll(NNBSP + "»");
        text = BEFORE_COLON.matcher(text).replaceAll(NBSP + ":");
        text = BEFORE_HIGH.matcher(text).replaceAll(NNBSP + "$1");
        text = NUMBER_SIGN.matcher(text).replaceAll(String.valueOf(NBSP));
        return text;
    }

    /** "80 000,00 €" (narrow no-break spaces between thousands, a no-break space before €). */
    public static String amount(Amount amount) {
        return grouped(amount.value()) + NBSP + "€";
    }

    /** "7,69 %". */
    public static String rate(Rate rate) {
        return grouped(rate.percentTwoDecimals()) + NBSP + "%";
    }

    /** "80 %" when whole, "12,5 %" otherwise: the rate as a clause states it. */
    public static String shortRate(Rate rate) {
        BigDecimal percent = rate.percent().stripTrailingZeros();
        return grouped(percent.scale() < 0 ? percent.setScale(0) : percent) + NBSP + "%";
    }

    /** "19 décembre 2019", "1er janvier 2020". */
    public static String date(LocalDate date) {
        if (date == null) {
            return "(date à compléter)";
        }
        String day = date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
        return day + NBSP + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** "n° 3" with a no-break space. */
    public static String number(Object number) {
        return "n°" + NBSP + number;
    }

    /** A text for comparisons: every kind of space as a plain space, typographic apostrophes straight. */
    public static String plain(String text) {
        return text.replace(NBSP, ' ').replace(NNBSP, ' ').replace('’', '\'');
    }

    static String grouped(BigDecimal value) {
        String plain = value.abs().toPlainString();
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        String decimals = dot < 0 ? "" : "," + plain.substring(dot + 1);
        StringBuilder out = new StringBuilder(value.signum() < 0 ? "-" : "");
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                out.append(NNBSP);
            }
            out.append(integer.charAt(i));
        }
        return out + decimals.toLowerCase(Locale.ROOT);
    }
}
