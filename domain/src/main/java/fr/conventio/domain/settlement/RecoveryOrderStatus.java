package fr.conventio.domain.settlement;

/** ISSUED (émis, possibly partly paid) → PAID (soldé) or CANCELLED (annulé, with a reason). */
public enum RecoveryOrderStatus {
    ISSUED("émis"),
    PAID("recouvré"),
    CANCELLED("annulé");

    private final String label;

    RecoveryOrderStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
