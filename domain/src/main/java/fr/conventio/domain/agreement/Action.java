package fr.conventio.domain.agreement;

import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.TextLimits;

/** One action of the programme (annex 2), as worded in the agreement. */
public record Action(String text) {

    public Action {
        text = Checks.requireText("action", text, TextLimits.ACTION);
    }

    public static Action of(String text) {
        return new Action(text);
    }
}
