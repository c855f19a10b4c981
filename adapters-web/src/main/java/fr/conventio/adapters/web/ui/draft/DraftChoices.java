package fr.conventio.adapters.web.ui.draft;

import fr.conventio.domain.agreement.AnnualSubsidies;
import fr.conventio.domain.shared.AssociationId;

import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.party.Signatory;

import java.util.List;
import java.util.stream.Stream;

/**
 * What the wizard offers to pick from: associations (searched and paged in the storage), the funder's
 * signatories and its budget lines with their remaining envelopes. The view provides it from the read
 * use cases; the form never calls a use case itself.
 */
public interface DraftChoices {

    /** Associations whose name, SIRET, RNA or city contains {@code filter} (blank = all), one page. */
    Stream<AssociationChoice> associations(String filter, int offset, int limit);

    List<Signatory> signatories();

    List<BudgetLineChoice> budgetLines();

    /**
     * What the signature would meet on the budget lines for this split (B4: the year's budget not adopted, an
     * envelope short), in the domain's words; empty when it would commit it, or when it cannot be told.
     */
    default List<String> signatureProblems(BudgetYear year, AgreementId agreementId, List<SubsidyAllocation> split) {
        return List.of();
    }

    /**
     * What the funder already grants {@code association} for {@code year} by its signed agreements (D3 on the annual
     * total: a draft of 10 000 € needs an agreement when 20 000 € are already granted); nothing when it cannot be told.
     */
    default AnnualSubsidies othersGranted(AssociationId association, BudgetYear year) {
        return AnnualSubsidies.none(association, year);
    }
}
