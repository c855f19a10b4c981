package fr.conventio.application.reading;

import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;

import java.util.Objects;
import java.util.Set;

/** Lists agreements through the read port; refuses unknown sort keys. */
public final class SearchAgreementsService implements SearchAgreementsUseCase {

    private static final Set<String> SORT_KEYS = Set.of(SORT_REFERENCE, SORT_ASSOCIATION, SORT_YEAR, SORT_SUBSIDY, SORT_STATUS);

    private final AgreementQueries queries;

    public SearchAgreementsService(AgreementQueries queries) {
        this.queries = Objects.requireNonNull(queries);
    }

    @Override
    public Page<AgreementSummary> search(AgreementSearch search, PageRequest page) {
        if (!SORT_KEYS.contains(page.sortBy())) {
            throw new IllegalArgumentException("tri : propriété inconnue « " + page.sortBy() + " » (attendu : " + SORT_KEYS + ")");
        }
        return queries.search(search, page);
    }

    @Override
    public long count(AgreementSearch search) {
        return queries.count(search);
    }
}
