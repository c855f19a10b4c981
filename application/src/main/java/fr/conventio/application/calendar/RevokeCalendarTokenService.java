package fr.conventio.application.calendar;

import fr.conventio.application.port.out.CalendarTokenRepository;
import fr.conventio.application.port.out.CurrentUserPort;

import java.util.Objects;

/** Deletes the current user's token (audited by the repository); nothing to do when they have none. */
public final class RevokeCalendarTokenService implements RevokeCalendarTokenUseCase {

    private final CalendarTokenRepository tokens;
    private final CurrentUserPort currentUser;

    public RevokeCalendarTokenService(CalendarTokenRepository tokens, CurrentUserPort currentUser) {
        this.tokens = Objects.requireNonNull(tokens);
        this.currentUser = Objects.requireNonNull(currentUser);
    }

    @Override
    public boolean revoke(RevokeCalendarTokenCommand command) {
        return tokens.revoke(currentUser.currentUser());
    }
}
