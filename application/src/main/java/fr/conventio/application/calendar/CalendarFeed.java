package fr.conventio.application.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A calendar feed: the events of the deadlines overdue or due up to {@code dueUpTo}, earliest first, built at
 * {@code builtAt}; {@code agreementReference} names the agreement of an agreement's feed (empty for the portfolio).
 */
public record CalendarFeed(Optional<String> agreementReference, Instant builtAt, LocalDate dueUpTo, List<CalendarEvent> events) {

    public CalendarFeed {
        events = List.copyOf(events);
    }
}
