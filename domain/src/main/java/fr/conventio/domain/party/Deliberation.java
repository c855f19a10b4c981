package fr.conventio.domain.party;

import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.FrenchFormat;
import fr.conventio.domain.shared.TextLimits;
import java.time.LocalDate;

/**
 * The deliberation of the funder's deciding body that approves the agreement and authorises
 * its signature (P1): number, body ("Bureau de la Métropole") and date (19 December 2019).
 */
public record Deliberation(String number, String decidingBody, LocalDate date) {

    public Deliberation {
        number = Checks.requireText("délibération (numéro)", number, TextLimits.REFERENCE);
        decidingBody = Checks.requireText("délibération (instance)", decidingBody, TextLimits.FUNCTION);
        Checks.require("délibération (date)", date);
    }

    /** "délibération n° ECO ... (Bureau de la Métropole, 19/12/2019)". */
    public String designation() {
        return "délibération n° " + number + " (" + decidingBody + ", " + FrenchFormat.date(date) + ")";
    }
}
