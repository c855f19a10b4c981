package fr.conventio.domain.shared;

/**
 * The longest text each kind of free-text field may hold, in characters (Unicode code points, as
 * PostgreSQL's {@code char_length} counts them). The one place that names them: the domain's values
 * and the application's commands check them, the forms cap their fields with them, and the database
 * constraints of migration V14 repeat them (a test compares the two).
 *
 * <p>The limits are generous for what staff write (the seed's longest text is under 300 characters)
 * and small enough that nobody can store a megabyte in a reason or a name.
 */
public final class TextLimits {

    /** Names of people, associations, funders, financing sources. */
    public static final int NAME = 200;
    /** A person's function ("Vice-Président délégué au Territoire numérique..."), a deciding body. */
    public static final int FUNCTION = 300;
    /** The wording of a signatory's delegation ("Pour la Présidente et par délégation"). */
    public static final int DELEGATION = 300;
    /** One line of a postal address. */
    public static final int ADDRESS_LINE = 200;
    /** A city. */
    public static final int CITY = 100;
    /** Short references: deliberation number, registered letter, payment order. */
    public static final int REFERENCE = 100;
    /** A budget line's code ("CT1"). */
    public static final int CODE = 30;
    /** Labels and titles: budget line label, programme category title, label of a subsidy share. */
    public static final int LABEL = 300;
    /** The reasons of decisions: rejection, waiver, cancellation, suspension, termination, funding decision, breach. */
    public static final int REASON = 2_000;
    /** Descriptions: amendment, change of another clause, delegation to a third party, in-kind contribution. */
    public static final int DESCRIPTION = 2_000;
    /** One action of the programme (annex 2). */
    public static final int ACTION = 2_000;
    /** The general objectives of Article 1. */
    public static final int OBJECTIVES = 10_000;
    /** The minutes of a meeting. */
    public static final int SUMMARY = 10_000;
    /** A search text typed in a list's filter. */
    public static final int SEARCH = 200;
    /** A file name (as most file systems allow). */
    public static final int FILE_NAME = 255;
    /** A user name recorded as the author of an event. */
    public static final int USER = 100;

    private TextLimits() {
    }

    /** The length of {@code text} as the limits count it: code points (an emoji is one character, as for PostgreSQL). */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Whether {@code text} ({@code null} allowed) fits in {@code max} characters. */
    public static boolean fits(String text, int max) {
        return text == null || length(text) <= max;
    }

    /** "2 000 caractères au plus (reçu 1 048 576)": what a refusal says after the field's name. */
    public static String tooLong(int max, int length) {
        return grouped(max) + " caractères au plus (reçu " + grouped(length) + ")";
    }

    /**
     * Refuses a text longer than {@code max} with "{field}: 2 000 caractères au plus (reçu 2 001)";
     * returns it unchanged ({@code null} passes).
     */
    public static String check(String field, String text, int max) {
        if (!fits(text, max)) {
            throw new InvalidValueException(field, tooLong(max, length(text)));
        }
        return text;
    }

    /** "1 048 576": groups of three digits separated by a space, as the messages write counts. */
    static String grouped(int value) {
        String digits = Integer.toString(value);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.toString();
    }
}
