package fr.conventio.domain.agreement;

import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.InvalidValueException;
import java.util.List;

/** Small validation helpers of the agreement package (messages in French, naming the field). */
final class Checks {

    private Checks() {
    }

    static String requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "valeur obligatoire, non renseignée");
        }
        return value.strip();
    }

    static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static <T> T require(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, "valeur obligatoire, non renseignée");
        }
        return value;
    }

    static Amount requirePositive(String field, Amount amount) {
        require(field, amount);
        if (amount.isZero()) {
            throw new InvalidValueException(field, "le montant doit être strictement positif (0,00 € reçu)");
        }
        return amount;
    }

    /** An unmodifiable copy refusing null elements; {@code null} gives an empty list. */
    static <T> List<T> copyOf(String field, List<T> values) {
        if (values == null) {
            return List.of();
        }
        for (T value : values) {
            require(field, value);
        }
        return List.copyOf(values);
    }
}
