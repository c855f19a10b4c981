package fr.conventio.domain.agreement;

import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.TextLimits;

/** A non-financial contribution the association has for its actions (B1), with its value. */
public record InKindContribution(InKindContributionKind kind, String description, Amount value) {

    public InKindContribution {
        Checks.require("contribution en nature (nature)", kind);
        description = Checks.requireText("contribution en nature (description)", description, TextLimits.DESCRIPTION);
        Checks.requirePositive("contribution en nature (valeur)", value);
    }

    public static InKindContribution of(InKindContributionKind kind, String description, Amount value) {
        return new InKindContribution(kind, description, value);
    }
}
