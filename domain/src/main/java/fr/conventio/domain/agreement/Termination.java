package fr.conventio.domain.agreement;

import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.TextLimits;
import java.time.LocalDate;

/** The termination of the agreement (résiliation, T1–T3): effective date and ground. */
public record Termination(LocalDate effectiveDate, String ground) {

    public Termination {
        Checks.require("résiliation (date d'effet)", effectiveDate);
        ground = Checks.requireText("résiliation (motif)", ground, TextLimits.REASON);
    }
}
