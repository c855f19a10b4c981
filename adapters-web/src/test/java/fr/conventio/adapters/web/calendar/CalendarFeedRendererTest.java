package fr.conventio.adapters.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.calendar.CalendarEvent;
import fr.conventio.application.calendar.CalendarFeed;
import fr.conventio.application.dashboard.Deadline;
import fr.conventio.application.dashboard.DeadlineKind;
import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.shared.AgreementId;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The feed as iCalendar: all-day events in French, stable UIDs, a SEQUENCE that grows when the due date moves. */
class CalendarFeedRendererTest {

    private static final AgreementId AGREEMENT = new AgreementId(UUID.fromString("5b0c3f1e-0a4e-4a53-9f61-1d2f0d6c2a10"));
    private static final ObligationId REPORT = new ObligationId(UUID.fromString("0f6a8e52-3c1d-4b7e-8a90-2b5c4d6e7f81"));
    private static final Instant BUILT = Instant.parse("2026-12-02T09:30:15Z");
    private static final String ROOT = "https://conventio.example.fr/";

    private static Deadline report(LocalDate due, long revision, boolean overdue) {
        return new Deadline(DeadlineKind.OBLIGATION, AGREEMENT, "ECO-2020-SCS", "Les Amis du Jardin, Aix; Marseille", REPORT, "O2",
                "Compte rendu financier", due, overdue, revision);
    }

    private static String render(Deadline... deadlines) {
        List<CalendarEvent> events = java.util.Arrays.stream(deadlines).map(CalendarEvent::of).toList();
        return CalendarFeedRenderer.render(new CalendarFeed(Optional.empty(), BUILT, LocalDate.of(2027, 12, 2), events), ROOT);
    }

    /** The value of the first property {@code name} of the unfolded stream. */
    private static String property(String ics, String name) {
        return ics.replace("\r\n ", "").lines().filter(l -> l.startsWith(name + ":") || l.startsWith(name + ";")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1)).orElseThrow(() -> new AssertionError("no " + name + " in\n" + ics));
    }

    @Test
    void an_obligation_is_an_all_day_event_in_french_without_rule_id() {
        String ics = render(report(LocalDate.of(2023, 5, 14), 3, true));

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n", "\r");
        assertThat(property(ics, "UID")).isEqualTo("obligation-" + REPORT.value() + "@conventio");
        assertThat(property(ics, "DTSTART")).isEqualTo("20230514");
        assertThat(ics).contains("DTSTART;VALUE=DATE:20230514\r\n", "DTEND;VALUE=DATE:20230515\r\n");
        assertThat(property(ics, "DTSTAMP")).isEqualTo("20261202T093015Z");
        assertThat(property(ics, "SEQUENCE")).isEqualTo("3");
        assertThat(property(ics, "SUMMARY")).isEqualTo("ECO-2020-SCS — Compte rendu financier");
        assertThat(property(ics, "DESCRIPTION")).isEqualTo("Convention : ECO-2020-SCS\\nAssociation : Les Amis du Jardin\\, Aix\\; Marseille"
                + "\\nÉchéance : 14/05/2023 — en retard (échéance dépassée)\\nÀ fournir par l'association.");
        assertThat(property(ics, "URL")).isEqualTo(ROOT + "conventions/" + AGREEMENT.value());
        assertThat(property(ics, "X-WR-CALNAME")).isEqualTo("Conventio — échéances");
        assertThat(ics).doesNotContain("O2");
    }

    @Test
    void a_moved_due_date_changes_dtstart_and_sequence_and_keeps_the_uid() {
        String before = render(report(LocalDate.of(2023, 5, 14), 3, false));
        String after = render(report(LocalDate.of(2023, 6, 30), 4, false));

        assertThat(property(after, "UID")).isEqualTo(property(before, "UID"));
        assertThat(property(before, "DTSTART")).isEqualTo("20230514");
        assertThat(property(after, "DTSTART")).isEqualTo("20230630");
        assertThat(Long.parseLong(property(after, "SEQUENCE"))).isGreaterThan(Long.parseLong(property(before, "SEQUENCE")));
    }

    @Test
    void the_funders_payment_deadline_has_a_uid_of_its_agreement_and_says_who_pays() {
        Deadline n1 = new Deadline(DeadlineKind.FUNDER_PAYMENT, AGREEMENT, "ECO-2020-SCS", "Les Amis du Jardin", null, "N1",
                "Versement de la subvention dans les 60 jours de la notification", LocalDate.of(2021, 9, 13), false, 7);

        String ics = render(n1);

        assertThat(property(ics, "UID")).isEqualTo("funder-payment-" + AGREEMENT.value() + "@conventio");
        assertThat(property(ics, "DESCRIPTION")).contains("À verser par la collectivité", "à venir");
        assertThat(ics).doesNotContain("N1");
    }

    @Test
    void an_agreement_feed_is_named_after_the_agreement_and_every_line_fits_75_octets() {
        String ics = CalendarFeedRenderer.render(new CalendarFeed(Optional.of("ECO-2020-SCS"), BUILT, LocalDate.of(2027, 12, 2),
                List.of(CalendarEvent.of(report(LocalDate.of(2023, 5, 14), 0, false)))), ROOT);

        assertThat(property(ics, "X-WR-CALNAME")).isEqualTo("Conventio — ECO-2020-SCS");
        assertThat(ics.split("\r\n")).allSatisfy(l -> assertThat(l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(75));
    }
}
