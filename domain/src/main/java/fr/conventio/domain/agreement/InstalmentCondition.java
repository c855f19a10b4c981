package fr.conventio.domain.agreement;

/**
 * What an instalment of a schedule (V5) waits for before it may be paid. The last instalment of a
 * schedule is always the {@link #BALANCE}: it follows rule V2 (the three balance documents and the
 * settlement A1); no other instalment may be.
 */
public enum InstalmentCondition {
    /** Payable once the agreement is signed, not before the signature. */
    SIGNATURE("à la signature"),
    /** Payable once a given document (an obligation type) is accepted or waived. */
    DOCUMENT_ACCEPTED("à l'acceptation d'un document"),
    /** Payable from a date; a deadline of the funder's (N1). */
    DATE("à une date"),
    /** The balance of V2: after the three balance documents and the settlement, for what remains due. */
    BALANCE("solde, après les documents du solde");

    private final String label;

    InstalmentCondition(String label) {
        this.label = label;
    }

    /** French label, e.g. "à la signature". */
    public String label() {
        return label;
    }
}
