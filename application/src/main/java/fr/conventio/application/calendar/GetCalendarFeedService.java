package fr.conventio.application.calendar;

import fr.conventio.application.dashboard.Deadline;
import fr.conventio.application.dashboard.DeadlineQueries;
import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.port.out.CalendarTokenRepository;
import fr.conventio.application.port.out.CurrentUserPort;
import fr.conventio.application.shared.CalendarTokens;
import fr.conventio.application.shared.AllPages;
import fr.conventio.application.shared.Guards;
import fr.conventio.application.shared.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks the token (its digest is the current user's), then reads the portfolio's deadlines up to 12 months from
 * today (overdue ones included, today from the injected clock) and keeps those of the agreement asked for, if any.
 */
public final class GetCalendarFeedService implements GetCalendarFeedUseCase {

    /** How far ahead a feed looks. */
    public static final int HORIZON_MONTHS = 12;

    private static final String FEED = "agenda";

    private final CalendarTokenRepository tokens;
    private final CurrentUserPort currentUser;
    private final DeadlineQueries deadlines;
    private final AgreementRepository agreements;
    private final Clock clock;

    public GetCalendarFeedService(CalendarTokenRepository tokens, CurrentUserPort currentUser, DeadlineQueries deadlines,
                                  AgreementRepository agreements, Clock clock) {
        this.tokens = Objects.requireNonNull(tokens);
        this.currentUser = Objects.requireNonNull(currentUser);
        this.deadlines = Objects.requireNonNull(deadlines);
        this.agreements = Objects.requireNonNull(agreements);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public CalendarFeed feed(GetCalendarFeedQuery query) {
        String token = query == null ? null : query.token();
        Optional<String> owner = CalendarTokens.isWellFormed(token) ? tokens.ownerOf(CalendarTokens.digest(token)) : Optional.empty();
        if (owner.isEmpty() || !owner.get().equals(currentUser.currentUser())) {
            throw new NotFoundException(FEED, "token");
        }
        Optional<String> reference = Optional.empty();
        if (query.agreementId() != null) {
            reference = Optional.of(agreements.findById(query.agreementId())
                    .orElseThrow(() -> new NotFoundException(FEED, query.agreementId())).value().reference().value());
        }
        LocalDate today = Guards.today(clock);
        LocalDate dueUpTo = today.plusMonths(HORIZON_MONTHS);
        List<Deadline> due = AllPages.read(page -> deadlines.deadlines(today, dueUpTo, page), "dueDate");
        List<CalendarEvent> events = due.stream()
                .filter(d -> query.agreementId() == null || d.agreementId().equals(query.agreementId()))
                .map(CalendarEvent::of)
                .toList();
        return new CalendarFeed(reference, clock.instant(), dueUpTo, events);
    }
}
