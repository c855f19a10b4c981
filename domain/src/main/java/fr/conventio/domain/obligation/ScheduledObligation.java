package fr.conventio.domain.obligation;

import java.time.LocalDate;

/** One line of the schedule: an obligation type and its due date. */
public record ScheduledObligation(ObligationType type, LocalDate dueDate) {

    public String ruleId() {
        return type.ruleId();
    }
}
