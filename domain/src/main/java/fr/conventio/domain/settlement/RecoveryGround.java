package fr.conventio.domain.settlement;

/** Why a recovery order (titre de recettes / de perception) is issued. */
public enum RecoveryGround {
    /** Trop-perçu after settlement (A1, A2). */
    OVERPAYMENT("trop-perçu après liquidation", "A2"),
    /** Restitution after termination for serious breach (T3). */
    TERMINATION_RESTITUTION("restitution après résiliation", "T3"),
    /** Repayment demanded or reduction decided by the funder (A3). */
    FUNDING_DECISION("reversement décidé par le financeur", "A3"),
    /** Withdrawal for a breach of the contrat d'engagement républicain (N2). */
    REPUBLICAN_COMMITMENT_BREACH("retrait pour manquement au contrat d'engagement républicain", "N2");

    private final String label;
    private final String ruleId;

    RecoveryGround(String label, String ruleId) {
        this.label = label;
        this.ruleId = ruleId;
    }

    public String label() {
        return label;
    }

    /** The rule of RULES.md that computes the amount due. */
    public String ruleId() {
        return ruleId;
    }
}
