package fr.conventio.application.calendar;

import fr.conventio.application.dashboard.Deadline;
import fr.conventio.application.dashboard.DeadlineKind;
import fr.conventio.domain.shared.AgreementId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One deadline as a calendar event: all day on its due date. {@code uid} is the same for the life of what the
 * deadline is about (an obligation, or an agreement's payment deadline N1), so that a calendar updates the event in
 * place when its due date moves; {@code sequence} grows with each change of it.
 */
public record CalendarEvent(String uid, DeadlineKind kind, AgreementId agreementId, String agreementReference, String associationName,
                            String label, LocalDate dueDate, boolean overdue, long sequence) {

    /** The domain of every event's UID. */
    public static final String UID_DOMAIN = "conventio";

    public CalendarEvent {
        Objects.requireNonNull(uid);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(agreementId);
        Objects.requireNonNull(dueDate);
    }

    /**
     * The event of a deadline: {@code obligation-<id>@conventio}, {@code funder-payment-<agreement id>@conventio} for N1,
     * or {@code funder-instalment-<agreement id>-<number>@conventio} for an instalment (V5).
     */
    public static CalendarEvent of(Deadline deadline) {
        String uid = switch (deadline.kind()) {
            case OBLIGATION -> "obligation-" + deadline.obligationId().value() + "@" + UID_DOMAIN;
            case FUNDER_PAYMENT -> "funder-payment-" + deadline.agreementId().value() + "@" + UID_DOMAIN;
            case FUNDER_INSTALMENT -> "funder-instalment-" + deadline.agreementId().value() + "-" + deadline.instalmentNumber() + "@" + UID_DOMAIN;
        };
        return new CalendarEvent(uid, deadline.kind(), deadline.agreementId(), deadline.agreementReference(), deadline.associationName(),
                deadline.label(), deadline.dueDate(), deadline.overdue(), deadline.revision());
    }
}
