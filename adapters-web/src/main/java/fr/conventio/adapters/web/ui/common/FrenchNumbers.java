package fr.conventio.adapters.web.ui.common;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an amount or a rate typed the French way, and only that way: digits, optionally grouped by
 * thousands with a space (plain, no-break or narrow no-break, as {@code Formats} shows them:
 * "60 000,00"), a comma before at most two decimals, optionally the unit ("€" or "%") at the end.
 * Nothing is ever reinterpreted: a dot (thousands separator in other countries, decimal point in
 * English: "180.000" could be either), an exponent ("1e5"), a letter (the letter O for a zero),
 * a minus sign, a misplaced group ("60 00"), more than two decimals are refused, each with its
 * own {@link Problem} that the field turns into a French message naming itself.
 * <p>
 * This is the one place that turns typed text into a number; the domain's {@code Amount} and
 * {@code Rate} then decide what they accept (a rate above 100 % is refused here already so that the
 * message is about what was typed).
 */
public final class FrenchNumbers {

    /** The largest amount accepted: under a thousand billion euros (a typing slip beyond that, not a subsidy). */
    static final int MAX_INTEGER_DIGITS = 12;
    private static final String SEPARATORS = " \u00A0\u202F";
    private static final Pattern EXPONENT = Pattern.compile("\\d[eE][+-]?\\d");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** Why a text is not a number: each has its own message ({@link #messageKey()}, with the field's label as {0}). */
    public enum Problem {
        /** A dot: "180.000" or "12.50"; the comma is for cents and the space for thousands. */
        DOT,
        /** "1e5": scientific notation. */
        EXPONENT,
        /** The letter O (or o) where a zero is meant: "6O OOO". */
        LETTER_O,
        /** Any other letter or sign ("abc", "12$", "+5"). */
        NOT_A_NUMBER,
        /** A minus sign. */
        NEGATIVE,
        /** More than one comma. */
        TWO_COMMAS,
        /** Spaces that do not separate groups of three digits ("60 00", "1  000"). */
        GROUPING,
        /** More than two decimals. */
        DECIMALS,
        /** More digits than any amount staff type. */
        TOO_LARGE,
        /** A rate above 100 %. */
        ABOVE_HUNDRED;

        /** The bundle key of the message; its parameter {0} is the field's label. */
        public String messageKey() {
            return "number.error." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The outcome of reading a text: a value, nothing (blank text), or the problem. */
    public record Parsed(Optional<BigDecimal> value, Optional<Problem> problem) {

        static Parsed of(BigDecimal value) {
            return new Parsed(Optional.of(value), Optional.empty());
        }

        static Parsed refused(Problem problem) {
            return new Parsed(Optional.empty(), Optional.of(problem));
        }

        static final Parsed BLANK = new Parsed(Optional.empty(), Optional.empty());

        public boolean isBlank() {
            return value.isEmpty() && problem.isEmpty();
        }
    }

    private FrenchNumbers() {
    }

    /** An amount in euros: "60 000,00", "60000", "12,5 €", "0,99". */
    public static Parsed amount(String text) {
        return parse(text, '€', false);
    }

    /** A rate in percent, 0 to 100: "80", "7,69", "100 %". */
    public static Parsed percent(String text) {
        return parse(text, '%', true);
    }

    private static Parsed parse(String text, char unit, boolean percent) {
        if (text == null) {
            return Parsed.BLANK;
        }
        String typed = strip(text);
        if (!typed.isEmpty() && typed.charAt(typed.length() - 1) == unit) {
            typed = strip(typed.substring(0, typed.length() - 1));
        }
        if (typed.isEmpty()) {
            return text.indexOf(unit) >= 0 ? Parsed.refused(Problem.NOT_A_NUMBER) : Parsed.BLANK;
        }
        Optional<Problem> character = wrongCharacter(typed);
        if (character.isPresent()) {
            return Parsed.refused(character.get());
        }
        int comma = typed.indexOf(',');
        if (comma != typed.lastIndexOf(',')) {
            return Parsed.refused(Problem.TWO_COMMAS);
        }
        String integerPart = comma < 0 ? typed : typed.substring(0, comma);
        String decimals = comma < 0 ? "" : typed.substring(comma + 1);
        if (integerPart.isEmpty() || !DIGITS.matcher(decimals).matches() && !decimals.isEmpty()) {
            return Parsed.refused(Problem.NOT_A_NUMBER);
        }
        Optional<String> digits = ungrouped(integerPart);
        if (digits.isEmpty()) {
            return Parsed.refused(Problem.GROUPING);
        }
        if (decimals.length() > 2) {
            return Parsed.refused(Problem.DECIMALS);
        }
        String integerDigits = digits.get().replaceFirst("^0+(?=\\d)", "");
        if (integerDigits.length() > MAX_INTEGER_DIGITS) {
            return Parsed.refused(Problem.TOO_LARGE);
        }
        BigDecimal value = new BigDecimal(decimals.isEmpty() ? integerDigits : integerDigits + "." + decimals);
        if (percent && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            return Parsed.refused(Problem.ABOVE_HUNDRED);
        }
        return Parsed.of(value);
    }

    /** The first character that cannot be in a French number, as the problem it shows. */
    private static Optional<Problem> wrongCharacter(String typed) {
        if (typed.indexOf('.') >= 0) {
            return Optional.of(Problem.DOT);
        }
        if (EXPONENT.matcher(typed).find()) {
            return Optional.of(Problem.EXPONENT);
        }
        if (typed.indexOf('-') >= 0 || typed.indexOf('\u2212') >= 0) {
            return Optional.of(Problem.NEGATIVE);
        }
        boolean letterO = false;
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c == 'O' || c == 'o') {
                letterO = true;
            } else if (!(c >= '0' && c <= '9') && c != ',' && SEPARATORS.indexOf(c) < 0) {
                return Optional.of(Problem.NOT_A_NUMBER);
            }
        }
        return letterO ? Optional.of(Problem.LETTER_O) : Optional.empty();
    }

    /** The digits of an integer part, when it is plain ("60000") or grouped by three ("60 000", "1 040 335"). */
    private static Optional<String> ungrouped(String integerPart) {
        String[] groups = integerPart.split("[" + SEPARATORS + "]", -1);
        if (groups.length == 1) {
            return Optional.of(integerPart);
        }
        for (int i = 0; i < groups.length; i++) {
            int length = groups[i].length();
            boolean fits = i == 0 ? length >= 1 && length <= 3 : length == 3;
            if (!fits) {
                return Optional.empty();
            }
        }
        return Optional.of(String.join("", groups));
    }

    private static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || SEPARATORS.indexOf(c) >= 0;
    }
}
