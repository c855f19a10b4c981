package fr.conventio.application.reading;

import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;

/** Lists agreements matching filters, one page at a time (paged in the storage). */
public interface SearchAgreementsUseCase {

    /** Sort keys understood by {@link #search}. */
    String SORT_REFERENCE = "reference";
    String SORT_ASSOCIATION = "associationName";
    String SORT_YEAR = "budgetYear";
    String SORT_SUBSIDY = "subsidy";
    String SORT_STATUS = "status";

    Page<AgreementSummary> search(AgreementSearch search, PageRequest page);

    long count(AgreementSearch search);
}
