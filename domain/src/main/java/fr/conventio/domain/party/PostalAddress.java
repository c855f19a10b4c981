package fr.conventio.domain.party;

import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.shared.TextLimits;
import java.util.List;

/**
 * A French postal address: one or more street lines, a 5-digit postal code and a city,
 * e.g. "58 boulevard Charles Livon", "13007", "Marseille".
 */
public record PostalAddress(List<String> lines, String postalCode, String city) {

    public PostalAddress {
        Checks.require("adresse", lines);
        lines = lines.stream().map(line -> Checks.requireText("adresse (ligne)", line, TextLimits.ADDRESS_LINE)).toList();
        if (lines.isEmpty()) {
            throw new InvalidValueException("adresse", "au moins une ligne (numéro et voie) est obligatoire");
        }
        postalCode = Checks.withoutSpaces("code postal", Checks.require("code postal", postalCode));
        if (!postalCode.matches("\\d{5}")) {
            throw new InvalidValueException("code postal", "un code postal comporte 5 chiffres : « " + postalCode + " »");
        }
        city = Checks.requireText("ville", city, TextLimits.CITY);
    }

    public static PostalAddress of(String line, String postalCode, String city) {
        return new PostalAddress(List.of(line), postalCode, city);
    }

    /** The address on one line: "58 boulevard Charles Livon, 13007 Marseille". */
    public String singleLine() {
        return String.join(", ", lines) + ", " + postalCode + " " + city;
    }
}
