package fr.conventio.application.calendar;

/** Whether the current user has a calendar token, and since when. */
public record GetCalendarSubscriptionQuery() {
}
