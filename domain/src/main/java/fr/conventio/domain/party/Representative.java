package fr.conventio.domain.party;

import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.TextLimits;

/**
 * The person who represents the association (P2): optional civility, name and function,
 * e.g. Monsieur Lionel LAPRAS, Président.
 */
public record Representative(Civility civility, String name, String function) {

    public Representative {
        name = Checks.requireText("représentant (nom)", name, TextLimits.NAME);
        function = Checks.requireText("représentant (fonction)", function, TextLimits.FUNCTION);
    }

    public static Representative of(Civility civility, String name, String function) {
        return new Representative(civility, name, function);
    }

    /** "Monsieur Lionel LAPRAS, Président". */
    public String designation() {
        return (civility == null ? "" : civility.label() + " ") + name + ", " + function;
    }
}
