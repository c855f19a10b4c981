package fr.conventio.application.association;

import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.ReadOnly;

/** Lists the associations matching a text, one page at a time (paged in the storage). */
public interface SearchAssociationsUseCase extends ReadOnly {

    /** Sort keys understood by {@link #search}. */
    String SORT_NAME = "name";
    String SORT_CITY = "city";
    String SORT_AGREEMENT_COUNT = "agreementCount";
    String SORT_TOTAL_SUBSIDIES = "totalSubsidiesVoted";

    Page<AssociationSummary> search(SearchAssociationsQuery query);
}
