package fr.conventio.adapters.web.ui.draft;

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
}
