package fr.conventio.application.dashboard;

import fr.conventio.application.shared.Page;

/** Obligations overdue or due soon across the portfolio, and the funder's own N1 payment deadlines. */
public interface ListDeadlinesUseCase {

    Page<Deadline> list(ListDeadlinesQuery query);
}
