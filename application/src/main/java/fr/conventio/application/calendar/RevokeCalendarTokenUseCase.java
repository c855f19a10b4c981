package fr.conventio.application.calendar;

/** A member of staff revokes the token of their calendar feeds. */
public interface RevokeCalendarTokenUseCase {

    /** @return whether there was a token to revoke */
    boolean revoke(RevokeCalendarTokenCommand command);
}
