package fr.conventio.application.reading;

/** One field changed by an audited action: its value before and after, as text ({@code null} when absent). */
public record AuditChange(String oldValue, String newValue) {
}
