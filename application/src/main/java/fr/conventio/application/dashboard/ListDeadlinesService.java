package fr.conventio.application.dashboard;

import fr.conventio.application.shared.Guards;
import fr.conventio.application.shared.Page;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/** Lists the portfolio's deadlines overdue or due within N days of today (today from the injected clock). */
public final class ListDeadlinesService implements ListDeadlinesUseCase {

    private final DeadlineQueries queries;
    private final Clock clock;

    public ListDeadlinesService(DeadlineQueries queries, Clock clock) {
        this.queries = Objects.requireNonNull(queries);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Page<Deadline> list(ListDeadlinesQuery query) {
        LocalDate today = Guards.today(clock);
        return queries.deadlines(today, today.plusDays(query.withinDays()), query.page());
    }
}
