package fr.conventio.application.dashboard;

import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.ReadOnly;

/** Obligations overdue or due soon across the portfolio, and the funder's own N1 payment deadlines. */
public interface ListDeadlinesUseCase extends ReadOnly {

    Page<Deadline> list(ListDeadlinesQuery query);
}
