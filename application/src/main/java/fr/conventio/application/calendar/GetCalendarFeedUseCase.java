package fr.conventio.application.calendar;

import fr.conventio.application.shared.NotFoundException;
import fr.conventio.application.shared.ReadOnly;

/**
 * The deadlines as a calendar feed, read with a secret token (calendar applications subscribe to it): the
 * portfolio's obligations still open and the funder's payment deadlines (N1), overdue or due within 12 months, or
 * only those of one agreement.
 */
public interface GetCalendarFeedUseCase extends ReadOnly {

    /**
     * @throws NotFoundException for an unknown, revoked or malformed token, a token that is not the current user's, or
     *                           an unknown agreement (the same answer for all: nothing tells a guessed token from a revoked one)
     */
    CalendarFeed feed(GetCalendarFeedQuery query);
}
