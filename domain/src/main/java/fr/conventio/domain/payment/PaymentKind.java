package fr.conventio.domain.payment;

/**
 * What a payment is for (Art. 4.3). By default the agreement knows two kinds: one or more advances
 * (acomptes, V1) up to the advance cap, then a single balance (solde, V2). An agreement paid by a
 * schedule of instalments (V5) pays its instalments one by one and its last instalment as the balance.
 */
public enum PaymentKind {
    /** Acompte, after signature, capped at the advance rate of the voted subsidy (V1). */
    ADVANCE("acompte"),
    /** Solde, after settlement and the balance documents (V2); one only. */
    BALANCE("solde"),
    /**
     * Versement échelonné (V5): one of the instalments of the agreement's schedule before the last one
     * (the last instalment is paid as the {@link #BALANCE}); each at most its amount, never twice.
     */
    INSTALMENT("versement échelonné");

    private final String label;

    PaymentKind(String label) {
        this.label = label;
    }

    /** French label, e.g. "acompte". */
    public String label() {
        return label;
    }
}
