package fr.conventio.application.reading;

import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.shared.BudgetLineId;

/**
 * Filters of the agreements list; every field is optional (null = any). {@code text} searches
 * the reference, the association's name and the object.
 */
public record AgreementSearch(Integer budgetYear, AgreementStatus status, AssociationId associationId,
                              BudgetLineId budgetLineId, String text) {

    public static AgreementSearch all() {
        return new AgreementSearch(null, null, null, null, null);
    }

    public AgreementSearch {
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
