package fr.conventio.domain.party;

import fr.conventio.domain.shared.InvalidValueException;
import java.util.Objects;

/** Small validation helpers shared by the party value objects (messages in French, naming the field). */
final class Checks {

    private Checks() {
    }

    /** Trims {@code value} and refuses it when absent or blank. */
    static String requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "valeur obligatoire, non renseignée");
        }
        return value.strip();
    }

    /** Trims {@code value}; blank becomes {@code null} (an optional text). */
    static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static <T> T require(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, "valeur obligatoire, non renseignée");
        }
        return value;
    }

    /** Removes the spaces (and non-breaking spaces) people type in identifiers: "200 054 807". */
    static String withoutSpaces(String field, String value) {
        Objects.requireNonNull(value, field + " : valeur absente");
        return value.replaceAll("[\\s\\u00A0\\u202F]", "");
    }

    /** Luhn check (formule de Luhn) over a string of digits. */
    static boolean luhn(String digits) {
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
}
