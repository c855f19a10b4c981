package fr.conventio.domain.agreement;

import fr.conventio.domain.shared.FrenchFormat;
import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.shared.TextLimits;
import java.time.LocalDate;
import java.util.List;

/**
 * An amendment (avenant n°, M1): its number (1, 2, ... in order), date, description, the
 * elements it changes and the resulting version of the agreement, which holds the new values.
 * {@code otherChange} describes a change of another clause (element {@link ChangedElement#OTHER}).
 */
public record Amendment(int number, LocalDate date, String description, List<ChangedElement> changes, String otherChange,
                        AgreementVersion version) {

    public Amendment {
        if (number < 1) {
            throw new InvalidValueException("avenant (numéro)", "les avenants sont numérotés à partir de 1 : " + number);
        }
        Checks.require("avenant (date)", date);
        description = Checks.requireText("avenant (objet)", description, TextLimits.DESCRIPTION);
        changes = Checks.copyOf("avenant (élément modifié)", changes).stream().distinct().sorted().toList();
        if (changes.isEmpty()) {
            throw new InvalidValueException("avenant (éléments modifiés)", "un avenant modifie au moins un élément");
        }
        otherChange = Checks.optionalText("avenant (autre modification)", otherChange, TextLimits.DESCRIPTION);
        if (changes.contains(ChangedElement.OTHER) != (otherChange != null)) {
            throw new InvalidValueException("avenant (autre clause)", "une modification « autre clause » doit être décrite, et seulement elle");
        }
        Checks.require("avenant (version)", version);
        if (version.number() != number || !version.effectiveFrom().equals(date)) {
            throw new InvalidValueException("avenant (version)", "l'avenant n° " + number + " du " + FrenchFormat.date(date)
                    + " produit la version " + number + " à la même date (reçu : version " + version.number() + " du " + FrenchFormat.date(version.effectiveFrom()) + ")");
        }
    }

    public boolean changes(ChangedElement element) {
        return changes.contains(element);
    }
}
