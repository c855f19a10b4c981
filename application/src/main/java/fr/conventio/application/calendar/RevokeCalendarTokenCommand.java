package fr.conventio.application.calendar;

/** Revoke the current user's calendar token: their feeds answer « not found » from then on. */
public record RevokeCalendarTokenCommand() {
}
