package fr.conventio.application.reading;

import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;

/** Read side of agreements for lists and dashboards, paged and filtered in the storage. */
public interface AgreementQueries {

    Page<AgreementSummary> search(AgreementSearch search, PageRequest page);

    long count(AgreementSearch search);
}
