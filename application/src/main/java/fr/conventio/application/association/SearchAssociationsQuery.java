package fr.conventio.application.association;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.domain.shared.TextLimits;

/**
 * Filters of the associations list: {@code text} (optional, null or blank = every association) is
 * looked for, case-insensitively, in the name, the SIRET, the RNA number and the city; spaces typed in
 * a SIRET or RNA ("999 999 998 00019") are ignored for those two.
 */
public record SearchAssociationsQuery(String text, PageRequest page) {

    public SearchAssociationsQuery {
        text = CommandChecks.optionalText(text, "recherche", TextLimits.SEARCH);
        CommandChecks.required(page, "page");
    }
}
