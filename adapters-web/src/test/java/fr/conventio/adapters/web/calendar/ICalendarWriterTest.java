package fr.conventio.adapters.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/** RFC 5545 §3.1 and §3.3.11: CRLF, folding at 75 octets, TEXT escaping. */
class ICalendarWriterTest {

    @Test
    void every_line_ends_with_crlf() {
        String ics = new ICalendarWriter().begin("VCALENDAR").raw("VERSION", "2.0").end("VCALENDAR").toString();

        assertThat(ics).isEqualTo("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n");
    }

    @Test
    void a_line_of_75_octets_is_not_folded_one_of_76_is() {
        String seventyFive = "SUMMARY:" + "a".repeat(75 - "SUMMARY:".length());

        assertThat(ICalendarWriter.fold(seventyFive)).isEqualTo(seventyFive + "\r\n");
        assertThat(ICalendarWriter.fold(seventyFive + "b")).isEqualTo(seventyFive + "\r\n b\r\n");
    }

    @Test
    void long_lines_are_folded_at_75_octets_of_utf8_never_inside_a_character_and_unfold_to_the_original() {
        String line = "DESCRIPTION:" + "Échéance de l'été — Compte rendu financier, dépôt 🗓 ".repeat(6);

        String folded = ICalendarWriter.fold(line);

        assertThat(folded).endsWith("\r\n");
        String[] lines = folded.substring(0, folded.length() - 2).split("\r\n", -1);
        assertThat(lines.length).isGreaterThan(4);
        assertThat(Arrays.stream(lines)).allSatisfy(l -> {
            assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(l).doesNotContain("\uFFFD");
            assertThat(Character.isLowSurrogate(l.isEmpty() ? 'x' : l.charAt(0))).isFalse();
        });
        assertThat(Arrays.stream(lines).skip(1)).allSatisfy(l -> assertThat(l).startsWith(" "));
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
    }

    @Test
    void text_escapes_backslash_semicolon_comma_and_line_breaks() {
        assertThat(ICalendarWriter.escape("a\\b;c,d\ne\r\nf\rg")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng");
        assertThat(new ICalendarWriter().text("SUMMARY", "Rapport; bilan, annexes").toString())
                .isEqualTo("SUMMARY:Rapport\\; bilan\\, annexes\r\n");
    }

    @Test
    void other_control_characters_become_spaces_a_tab_stays() {
        assertThat(ICalendarWriter.escape("a\u0000b\u001Bc\td\u007F")).isEqualTo("a b c\td ");
        assertThat(ICalendarWriter.escape(null)).isEmpty();
    }

    @Test
    void dates_are_basic_iso_all_day_and_instants_utc() {
        String ics = new ICalendarWriter()
                .date("DTSTART", LocalDate.of(2023, 5, 14))
                .utc("DTSTAMP", Instant.parse("2026-12-02T09:30:15.123Z"))
                .toString();

        assertThat(ics).isEqualTo("DTSTART;VALUE=DATE:20230514\r\nDTSTAMP:20261202T093015Z\r\n");
    }
}
