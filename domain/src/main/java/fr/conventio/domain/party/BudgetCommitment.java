package fr.conventio.domain.party;

import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.InvalidValueException;

/** The part of a budget line's yearly envelope committed to one agreement (B4). */
public record BudgetCommitment(BudgetYear year, AgreementId agreementId, Amount amount) {

    public BudgetCommitment {
        Checks.require("engagement (exercice)", year);
        Checks.require("engagement (convention)", agreementId);
        Checks.require("engagement (montant)", amount);
        if (amount.isZero()) {
            throw new InvalidValueException("engagement (montant)", "un engagement doit être strictement positif");
        }
    }
}
