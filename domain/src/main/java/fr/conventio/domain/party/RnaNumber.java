package fr.conventio.domain.party;

import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.InvalidValueException;
import java.util.Locale;

/**
 * Number of the association in the national register of associations (RNA): "W" followed by
 * 9 digits, e.g. "W131000000". Typed lowercase or with spaces, it is normalised.
 */
public record RnaNumber(String value) {

    public RnaNumber {
        value = Checks.withoutSpaces("RNA", Checks.require("RNA", value)).toUpperCase(Locale.ROOT);
        if (!value.matches("W\\d{9}")) {
            throw new InvalidValueException("RNA", "un numéro RNA s'écrit « W » suivi de 9 chiffres : « " + value + " »");
        }
    }

    public static RnaNumber of(String value) {
        return new RnaNumber(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
