package fr.conventio.domain.payment;

/**
 * What a payment is for (Art. 4.3). The agreement knows only two kinds: one or more advances
 * (acomptes, V1) up to the advance cap, then a single balance (solde, V2). There is no third
 * kind: anything paid beyond these would break V3.
 */
public enum PaymentKind {
    /** Acompte, after signature, capped at the advance rate of the voted subsidy (V1). */
    ADVANCE("acompte"),
    /** Solde, after settlement and the balance documents (V2); one only. */
    BALANCE("solde");

    private final String label;

    PaymentKind(String label) {
        this.label = label;
    }

    /** French label, e.g. "acompte". */
    public String label() {
        return label;
    }
}
