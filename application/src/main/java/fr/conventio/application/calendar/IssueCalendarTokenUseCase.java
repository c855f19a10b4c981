package fr.conventio.application.calendar;

/** A member of staff issues (or regenerates) the secret token of their calendar feeds; the previous one stops working. */
public interface IssueCalendarTokenUseCase {

    IssuedCalendarToken issue(IssueCalendarTokenCommand command);
}
