package fr.conventio.application.calendar;

import fr.conventio.application.shared.ReadOnly;

/** Whether the current user's calendar feeds are open (« Mon agenda »). */
public interface GetCalendarSubscriptionUseCase extends ReadOnly {

    CalendarSubscription get(GetCalendarSubscriptionQuery query);
}
