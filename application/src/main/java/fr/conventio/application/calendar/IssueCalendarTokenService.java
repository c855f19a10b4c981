package fr.conventio.application.calendar;

import fr.conventio.application.port.out.CalendarTokenRepository;
import fr.conventio.application.port.out.CurrentUserPort;
import fr.conventio.application.shared.CalendarTokens;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Issues a random token for the current user and stores its digest in place of the previous one (audited by the repository). */
public final class IssueCalendarTokenService implements IssueCalendarTokenUseCase {

    private final CalendarTokenRepository tokens;
    private final CurrentUserPort currentUser;
    private final Clock clock;

    public IssueCalendarTokenService(CalendarTokenRepository tokens, CurrentUserPort currentUser, Clock clock) {
        this.tokens = Objects.requireNonNull(tokens);
        this.currentUser = Objects.requireNonNull(currentUser);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public IssuedCalendarToken issue(IssueCalendarTokenCommand command) {
        String token = CalendarTokens.newToken();
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        tokens.replace(currentUser.currentUser(), CalendarTokens.digest(token), issuedAt);
        return new IssuedCalendarToken(token, issuedAt);
    }
}
