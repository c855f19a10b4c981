package fr.conventio.domain.shared;

import java.util.List;
import java.util.Objects;

/** Small validation helpers of the domain's values and aggregates (messages in French, naming the field). */
public final class Checks {

    private Checks() {
    }

    /** Trims {@code value} and refuses it when absent or blank. */
    public static String requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "valeur obligatoire, non renseignée");
        }
        return value.strip();
    }

    /** Trims {@code value} and refuses it when absent, blank or longer than {@code max} characters ({@link TextLimits}). */
    public static String requireText(String field, String value, int max) {
        return TextLimits.check(field, requireText(field, value), max);
    }

    /** Trims {@code value}; blank becomes {@code null} (an optional text). */
    public static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Trims {@code value}; blank becomes {@code null}; longer than {@code max} characters is refused ({@link TextLimits}). */
    public static String optionalText(String field, String value, int max) {
        return TextLimits.check(field, optionalText(value), max);
    }

    public static <T> T require(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, "valeur obligatoire, non renseignée");
        }
        return value;
    }

    /** Removes the spaces (and non-breaking spaces) people type in identifiers: "200 054 807". */
    public static String withoutSpaces(String field, String value) {
        Objects.requireNonNull(value, field + " : valeur absente");
        return value.replaceAll("[\\s\\u00A0\\u202F]", "");
    }

    /** Luhn check (formule de Luhn) over a string of digits. */
    public static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    public static Amount requirePositive(String field, Amount amount) {
        require(field, amount);
        if (amount.isZero()) {
            throw new InvalidValueException(field, "le montant doit être strictement positif (0,00 € reçu)");
        }
        return amount;
    }

    /** An unmodifiable copy refusing null elements; {@code null} gives an empty list. */
    public static <T> List<T> copyOf(String field, List<T> values) {
        if (values == null) {
            return List.of();
        }
        for (T value : values) {
            require(field, value);
        }
        return List.copyOf(values);
    }
}
