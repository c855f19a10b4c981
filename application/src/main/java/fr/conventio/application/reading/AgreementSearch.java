package fr.conventio.application.reading;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.domain.account.AgreementStage;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.TextLimits;

/**
 * Filters of the agreements list; every field is optional (null = any). {@code text} searches
 * the reference, the association's name and the object; {@code stage} is where the file stands
 * (a settled agreement is SETTLED until its balance is paid, then BALANCE_PAID).
 */
public record AgreementSearch(Integer budgetYear, AgreementStage stage, AssociationId associationId,
                              BudgetLineId budgetLineId, String text) {

    public static AgreementSearch all() {
        return new AgreementSearch(null, null, null, null, null);
    }

    public AgreementSearch {
        text = CommandChecks.optionalText(text, "recherche", TextLimits.SEARCH);
    }
}
