package fr.conventio.domain.agreement;

import fr.conventio.domain.shared.Checks;

/** One action of the programme (annex 2), as worded in the agreement. */
public record Action(String text) {

    public Action {
        text = Checks.requireText("action", text);
    }

    public static Action of(String text) {
        return new Action(text);
    }
}
