package fr.conventio.domain.agreement;

import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.Amount;

/** Whether a subsidy needs an agreement (D3), with the explanation shown to staff. */
public record AgreementRequirement(Amount subsidy, boolean mandatory, String explanation) {

    public AgreementRequirement {
        Checks.require("subvention", subsidy);
        explanation = Checks.requireText("explication", explanation);
    }
}
