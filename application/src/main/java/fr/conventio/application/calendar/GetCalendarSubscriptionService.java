package fr.conventio.application.calendar;

import fr.conventio.application.port.out.CalendarTokenRepository;
import fr.conventio.application.port.out.CurrentUserPort;

import java.util.Objects;

/** Reads when the current user's token was issued. */
public final class GetCalendarSubscriptionService implements GetCalendarSubscriptionUseCase {

    private final CalendarTokenRepository tokens;
    private final CurrentUserPort currentUser;

    public GetCalendarSubscriptionService(CalendarTokenRepository tokens, CurrentUserPort currentUser) {
        this.tokens = Objects.requireNonNull(tokens);
        this.currentUser = Objects.requireNonNull(currentUser);
    }

    @Override
    public CalendarSubscription get(GetCalendarSubscriptionQuery query) {
        return new CalendarSubscription(tokens.issuedAt(currentUser.currentUser()));
    }
}
