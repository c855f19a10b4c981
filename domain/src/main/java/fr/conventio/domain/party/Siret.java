package fr.conventio.domain.party;

import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.InvalidValueException;

/**
 * SIRET number of an establishment: the 9-digit SIREN followed by the 5-digit NIC, checked by the
 * Luhn formula over the 14 digits. La Poste exception: its establishments (SIREN 356000000) are
 * numbered so that the sum of the 14 digits is a multiple of 5; such a SIRET is accepted too.
 */
public record Siret(String value) {

    /** SIREN of La Poste, whose establishments follow the "sum of digits multiple of 5" rule. */
    public static final String LA_POSTE_SIREN = "356000000";

    public Siret {
        value = Checks.withoutSpaces("SIRET", Checks.require("SIRET", value));
        if (!value.matches("\\d{14}")) {
            throw new InvalidValueException("SIRET", "un SIRET comporte exactement 14 chiffres : « " + value + " »");
        }
        if (!Checks.luhn(value) && !isValidLaPoste(value)) {
            throw new InvalidValueException("SIRET", "clé de contrôle (Luhn) invalide pour « " + value + " »");
        }
    }

    public static Siret of(String value) {
        return new Siret(value);
    }

    private static boolean isValidLaPoste(String digits) {
        return digits.startsWith(LA_POSTE_SIREN) && digits.chars().map(c -> c - '0').sum() % 5 == 0;
    }

    /** The SIREN of the legal person this establishment belongs to (the first 9 digits). */
    public Siren siren() {
        return new Siren(value.substring(0, 9));
    }

    /** The establishment's internal number (NIC, the last 5 digits). */
    public String nic() {
        return value.substring(9);
    }

    @Override
    public String toString() {
        return value;
    }
}
