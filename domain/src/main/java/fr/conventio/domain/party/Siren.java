package fr.conventio.domain.party;

import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.InvalidValueException;

/**
 * SIREN number of a legal person (9 digits, the last one a Luhn check digit), e.g. "200054807".
 * Spaces typed by users are removed.
 */
public record Siren(String value) {

    public Siren {
        value = Checks.withoutSpaces("SIREN", Checks.require("SIREN", value));
        if (!value.matches("\\d{9}")) {
            throw new InvalidValueException("SIREN", "un SIREN comporte exactement 9 chiffres : « " + value + " »");
        }
        if (!Checks.luhn(value)) {
            throw new InvalidValueException("SIREN", "clé de contrôle (Luhn) invalide pour « " + value + " »");
        }
    }

    public static Siren of(String value) {
        return new Siren(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
