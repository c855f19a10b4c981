package fr.conventio.domain.agreement;

import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.shared.TextLimits;
import java.util.List;

/**
 * A category of the action programme (D1), numbered with a Roman numeral ("I" to "V" in the
 * seed), with its title and at least one action.
 */
public record ActionCategory(String numeral, String title, List<Action> actions) {

    public ActionCategory {
        numeral = Checks.requireText("catégorie d'actions (numéro)", numeral).toUpperCase(java.util.Locale.ROOT);
        if (RomanNumerals.toInt(numeral) == 0) {
            throw new InvalidValueException("catégorie d'actions (numéro)", "« " + numeral + " » n'est pas un chiffre romain de I à XX");
        }
        title = Checks.requireText("catégorie d'actions (intitulé)", title, TextLimits.LABEL);
        actions = Checks.copyOf("catégorie d'actions (action)", actions);
        if (actions.isEmpty()) {
            throw new InvalidValueException("catégorie d'actions", "la catégorie " + numeral + " doit contenir au moins une action");
        }
    }

    public static ActionCategory of(String numeral, String title, String... actions) {
        return new ActionCategory(numeral, title, java.util.Arrays.stream(actions).map(Action::new).toList());
    }
}
