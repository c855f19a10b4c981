package fr.conventio.adapters.web.calendar;

import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.application.calendar.CalendarEvent;
import fr.conventio.application.calendar.CalendarFeed;
import fr.conventio.application.dashboard.DeadlineKind;

/**
 * A feed as an iCalendar stream: one all-day VEVENT per deadline, on its due date, whose UID stays the same for the
 * life of the obligation (or of the agreement's payment deadline) and whose SEQUENCE grows when it changes, so that
 * a subscribed calendar moves the event instead of adding another. Texts in French, without rule ids.
 */
final class CalendarFeedRenderer {

    static final String PRODUCT_ID = "-//Conventio//Echeances des conventions//FR";
    /** How often calendar applications are asked to read the feed again (RFC 7986, and the older X-PUBLISHED-TTL). */
    static final String REFRESH = "PT1H";

    private CalendarFeedRenderer() {
    }

    /** @param applicationUrl the application's root address, ending with "/" (the agreements' pages are below it) */
    static String render(CalendarFeed feed, String applicationUrl) {
        String name = feed.agreementReference().map(reference -> "Conventio — " + reference).orElse("Conventio — échéances");
        ICalendarWriter ics = new ICalendarWriter()
                .begin("VCALENDAR")
                .raw("VERSION", "2.0")
                .raw("PRODID", PRODUCT_ID)
                .raw("CALSCALE", "GREGORIAN")
                .raw("METHOD", "PUBLISH")
                .text("NAME", name)
                .text("X-WR-CALNAME", name)
                .raw("REFRESH-INTERVAL;VALUE=DURATION", REFRESH)
                .raw("X-PUBLISHED-TTL", REFRESH);
        for (CalendarEvent event : feed.events()) {
            ics.begin("VEVENT")
                    .raw("UID", event.uid())
                    .utc("DTSTAMP", feed.builtAt())
                    .date("DTSTART", event.dueDate())
                    .date("DTEND", event.dueDate().plusDays(1))
                    .integer("SEQUENCE", event.sequence())
                    .text("SUMMARY", summary(event))
                    .text("DESCRIPTION", description(event))
                    .raw("URL", applicationUrl + "conventions/" + event.agreementId().value())
                    .raw("TRANSP", "TRANSPARENT")
                    .raw("STATUS", "CONFIRMED")
                    .end("VEVENT");
        }
        return ics.end("VCALENDAR").toString();
    }

    /** « ECO-2020-SCS — Compte rendu financier ». */
    static String summary(CalendarEvent event) {
        return event.agreementReference() + " — " + event.label();
    }

    static String description(CalendarEvent event) {
        String who = event.kind().isTheFunders() ? "À verser par la collectivité" : "À fournir par l'association";
        String status = event.overdue() ? "en retard (échéance dépassée)" : "à venir";
        return "Convention : " + event.agreementReference() + "\n"
                + "Association : " + event.associationName() + "\n"
                + "Échéance : " + Formats.date(event.dueDate()) + " — " + status + "\n"
                + who + ".";
    }
}
