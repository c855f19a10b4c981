package fr.conventio.domain.agreement;

import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.Amount;
import java.time.LocalDate;

/** The settlement of the agreement: the final subsidy (A1, never above the voted one) and its date. */
public record Settlement(Amount finalSubsidy, LocalDate settledOn) {

    public Settlement {
        Checks.require("solde (subvention définitive)", finalSubsidy);
        Checks.require("solde (date)", settledOn);
    }
}
