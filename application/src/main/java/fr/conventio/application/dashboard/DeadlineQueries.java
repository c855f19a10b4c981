package fr.conventio.application.dashboard;

import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;

import java.time.LocalDate;

/**
 * Read side of the portfolio's deadlines, across the agreements still in progress (terminated and closed
 * ones are left out): obligations neither accepted nor waived (overdue, or due up to {@code dueUpTo}), and
 * the funder's own payment deadlines (N1) of agreements on which nothing is paid yet (by their account's
 * figures). Ordered by due date (earliest first), then agreement reference.
 */
public interface DeadlineQueries {

    /**
     * @param today   the day deadlines are judged on ({@link Deadline#overdue()} when due before it)
     * @param dueUpTo the last due date included (overdue items are always included)
     */
    Page<Deadline> deadlines(LocalDate today, LocalDate dueUpTo, PageRequest page);

    /** The first page of {@link #deadlines} and how many of all of them are overdue on {@code today}, in one read. */
    DueDeadlines dueDeadlines(LocalDate today, LocalDate dueUpTo, PageRequest page);

    /** A page of deadlines and how many of all the deadlines selected are overdue. */
    record DueDeadlines(Page<Deadline> page, long overdueCount) {
    }
}
