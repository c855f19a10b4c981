package fr.conventio.application.association;

import fr.conventio.application.shared.Page;

import java.util.Objects;
import java.util.Set;

/** Lists associations through the read port; refuses unknown sort keys. */
public final class SearchAssociationsService implements SearchAssociationsUseCase {

    private static final Set<String> SORT_KEYS = Set.of(SORT_NAME, SORT_CITY, SORT_AGREEMENT_COUNT, SORT_TOTAL_SUBSIDIES);

    private final AssociationQueries queries;

    public SearchAssociationsService(AssociationQueries queries) {
        this.queries = Objects.requireNonNull(queries);
    }

    @Override
    public Page<AssociationSummary> search(SearchAssociationsQuery query) {
        if (!SORT_KEYS.contains(query.page().sortBy())) {
            throw new IllegalArgumentException("tri : propriété inconnue « " + query.page().sortBy() + " » (attendu : " + SORT_KEYS + ")");
        }
        return queries.search(query.text(), query.page());
    }
}
