package fr.conventio.domain.agreement;

import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.InvalidValueException;
import java.util.List;
import java.util.Optional;

/**
 * The programme of actions (D1, annex 2): categories numbered I, II, III... in order, each with
 * its actions. The seed has five categories, I to V.
 */
public record ActionProgramme(List<ActionCategory> categories) {

    public ActionProgramme {
        categories = Checks.copyOf("programme d'actions (catégorie)", Checks.require("programme d'actions", categories));
        if (categories.isEmpty()) {
            throw new InvalidValueException("programme d'actions", "le programme doit comporter au moins une catégorie d'actions");
        }
        for (int i = 0; i < categories.size(); i++) {
            String expected = RomanNumerals.of(i + 1);
            if (!categories.get(i).numeral().equals(expected)) {
                throw new InvalidValueException("programme d'actions", "la catégorie en position " + (i + 1)
                        + " doit être numérotée " + expected + " (reçu : " + categories.get(i).numeral() + ")");
            }
        }
    }

    public static ActionProgramme of(ActionCategory... categories) {
        return new ActionProgramme(List.of(categories));
    }

    public Optional<ActionCategory> category(String numeral) {
        return categories.stream().filter(c -> c.numeral().equalsIgnoreCase(numeral)).findFirst();
    }

    public int actionCount() {
        return categories.stream().mapToInt(c -> c.actions().size()).sum();
    }
}
