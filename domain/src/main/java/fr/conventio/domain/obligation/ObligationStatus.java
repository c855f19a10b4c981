package fr.conventio.domain.obligation;

/**
 * Status of an obligation. PENDING, RECEIVED, ACCEPTED, REJECTED and WAIVED are stored; OVERDUE
 * is never stored: {@link Obligation#statusOn} derives it from the due date (O11: being late
 * changes nothing by itself).
 */
public enum ObligationStatus {
    PENDING("attendue"),
    RECEIVED("reçue"),
    ACCEPTED("acceptée"),
    REJECTED("rejetée"),
    WAIVED("levée par décision"),
    OVERDUE("en retard");

    private final String label;

    ObligationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** ACCEPTED or WAIVED: nothing more is expected. */
    public boolean isFulfilled() {
        return this == ACCEPTED || this == WAIVED;
    }
}
