package fr.conventio.application.reading;

import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.application.shared.ReadOnly;

/** Lists agreements matching filters, one page at a time (paged in the storage). */
public interface SearchAgreementsUseCase extends ReadOnly {

    /** Sort keys understood by {@link #search}. */
    String SORT_REFERENCE = "reference";
    String SORT_ASSOCIATION = "associationName";
    String SORT_YEAR = "budgetYear";
    String SORT_SUBSIDY = "subsidy";
    /** By stage, in the lifecycle order of {@link fr.conventio.domain.account.AgreementStage}. */
    String SORT_STATUS = "status";

    Page<AgreementSummary> search(AgreementSearch search, PageRequest page);

    long count(AgreementSearch search);
}
