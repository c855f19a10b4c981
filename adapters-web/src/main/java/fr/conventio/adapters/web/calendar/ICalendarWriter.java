package fr.conventio.adapters.web.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes iCalendar content lines (RFC 5545 §3.1): each line ends with CRLF and is folded so that no line is longer
 * than 75 octets of UTF-8 (a fold is CRLF then one space, never inside a character); TEXT values are escaped
 * (§3.3.11: backslash, semicolon, comma, and line breaks as {@code \n}; other control characters become spaces).
 * Only what the feeds need: components, TEXT, DATE, UTC DATE-TIME, INTEGER and URI values (ADR 0011).
 */
final class ICalendarWriter {

    static final String CRLF = "\r\n";
    /** The longest line, in octets, line break excluded (§3.1). */
    static final int MAX_LINE_OCTETS = 75;

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC_DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder();

    ICalendarWriter begin(String component) {
        return line("BEGIN:" + component);
    }

    ICalendarWriter end(String component) {
        return line("END:" + component);
    }

    /** A TEXT property, escaped. */
    ICalendarWriter text(String name, String value) {
        return line(name + ":" + escape(value));
    }

    /** A DATE property ({@code VALUE=DATE}), for an all-day event. */
    ICalendarWriter date(String name, LocalDate date) {
        return line(name + ";VALUE=DATE:" + DATE.format(date));
    }

    /** A DATE-TIME property in UTC ({@code 20261202T093015Z}). */
    ICalendarWriter utc(String name, Instant instant) {
        return line(name + ":" + UTC_DATE_TIME.format(instant));
    }

    ICalendarWriter integer(String name, long value) {
        return line(name + ":" + value);
    }

    /** A property whose value is written as is (a URI, a duration, a fixed keyword): it must need no escaping. */
    ICalendarWriter raw(String name, String value) {
        return line(name + ":" + value);
    }

    private ICalendarWriter line(String contentLine) {
        out.append(fold(contentLine));
        return this;
    }

    /** The calendar as written so far. */
    @Override
    public String toString() {
        return out.toString();
    }

    /** A TEXT value escaped (§3.3.11). */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\r' -> {
                    escaped.append("\\n");
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> escaped.append("\\n");
                default -> escaped.append(c != '\t' && (c < 0x20 || c == 0x7F) ? ' ' : c);
            }
        }
        return escaped.toString();
    }

    /** One content line with its CRLF, folded at 75 octets (the space that opens a continuation counts). */
    static String fold(String contentLine) {
        StringBuilder folded = new StringBuilder(contentLine.length() + 8);
        int octets = 0;
        for (int i = 0; i < contentLine.length(); ) {
            int codePoint = contentLine.codePointAt(i);
            int length = Character.charCount(codePoint);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_LINE_OCTETS) {
                folded.append(CRLF).append(' ');
                octets = 1;
            }
            folded.append(contentLine, i, i + length);
            octets += size;
            i += length;
        }
        return folded.append(CRLF).toString();
    }
}
