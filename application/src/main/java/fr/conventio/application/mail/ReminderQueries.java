package fr.conventio.application.mail;

import java.time.LocalDate;
import java.util.List;

/** Read side of the reminders. */
public interface ReminderQueries {

    /**
     * The obligations due from {@code dueFrom} to {@code dueTo} (both included) that the association still owes
     * (expected or rejected), of agreements in progress (signed, neither terminated nor closed), by due date.
     */
    List<ReminderCandidate> openObligations(LocalDate dueFrom, LocalDate dueTo);
}
