package fr.conventio.application.dashboard;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.application.shared.PageRequest;

/** The deadlines overdue or due within {@code withinDays} days from today (0 to 366), one page at a time. */
public record ListDeadlinesQuery(int withinDays, PageRequest page) {

    public ListDeadlinesQuery {
        CommandChecks.between(withinDays, 0, 366, "nombre de jours");
        CommandChecks.required(page, "page");
    }
}
