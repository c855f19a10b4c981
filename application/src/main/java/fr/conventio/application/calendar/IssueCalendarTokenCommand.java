package fr.conventio.application.calendar;

/** Issue a new calendar token for the current user, replacing (revoking) the one they had. */
public record IssueCalendarTokenCommand() {
}
