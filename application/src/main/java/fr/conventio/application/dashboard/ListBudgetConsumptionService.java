package fr.conventio.application.dashboard;

import java.util.List;
import java.util.Objects;

/** The budget lines' consumption on a year, through the read port. */
public final class ListBudgetConsumptionService implements ListBudgetConsumptionUseCase {

    private final BudgetConsumptionQueries queries;

    public ListBudgetConsumptionService(BudgetConsumptionQueries queries) {
        this.queries = Objects.requireNonNull(queries);
    }

    @Override
    public List<BudgetLineConsumption> list(ListBudgetConsumptionQuery query) {
        return queries.consumption(query.year());
    }
}
