package fr.conventio.domain.agreement;

import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.TextLimits;
import java.time.LocalDate;

/** The funder's recorded agreement to entrust all or part of the actions to a third party (P4, Art. 3). */
public record ThirdPartyDelegation(String description, LocalDate agreedOn) {

    public ThirdPartyDelegation {
        description = Checks.requireText("délégation à un tiers (description)", description, TextLimits.DESCRIPTION);
        Checks.require("délégation à un tiers (date de l'accord)", agreedOn);
    }
}
