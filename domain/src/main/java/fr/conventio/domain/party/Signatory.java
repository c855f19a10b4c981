package fr.conventio.domain.party;

import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.TextLimits;

/**
 * The person who signs for the funder (P1), usually by delegation: optional civility, name,
 * function ("Vice-Président délégué au Territoire numérique et à l'Innovation technologique")
 * and the delegation wording ("Pour la Présidente et par délégation"), absent when the head of
 * the funder signs in person.
 */
public record Signatory(Civility civility, String name, String function, String delegation) {

    public Signatory {
        name = Checks.requireText("signataire (nom)", name, TextLimits.NAME);
        function = Checks.requireText("signataire (fonction)", function, TextLimits.FUNCTION);
        delegation = Checks.optionalText("signataire (délégation)", delegation, TextLimits.DELEGATION);
    }

    /** Whether the signatory signs by delegation of the funder's head. */
    public boolean signsByDelegation() {
        return delegation != null;
    }

    /** "Monsieur Gérard BRAMOULLÉ, Vice-Président délégué ...". */
    public String designation() {
        return (civility == null ? "" : civility.label() + " ") + name + ", " + function;
    }
}
