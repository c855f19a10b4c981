package fr.conventio.domain.termination;

/** Why an agreement is terminated (Art. 8). */
public enum TerminationGround {
    /** T1: breach of either party, after a formal notice left without effect for one month. */
    BREACH_AFTER_NOTICE("manquement après mise en demeure restée sans effet", "T1"),
    /** T2: dissolution of the association; funder only, immediate. */
    DISSOLUTION("dissolution de l'association", "T2"),
    /** T2: liquidation of the association; funder only, immediate. */
    LIQUIDATION("liquidation de l'association", "T2"),
    /** T2: the association's activity no longer falls within the funder's competence; funder only, immediate. */
    OUT_OF_COMPETENCE("activité hors du champ de compétence ayant motivé le soutien", "T2");

    private final String label;
    private final String ruleId;

    TerminationGround(String label, String ruleId) {
        this.label = label;
        this.ruleId = ruleId;
    }

    public String label() {
        return label;
    }

    public String ruleId() {
        return ruleId;
    }
}
