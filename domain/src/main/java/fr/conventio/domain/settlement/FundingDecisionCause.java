package fr.conventio.domain.settlement;

/** The situations of Art. 4.4 that allow a funding decision (A3). */
public enum FundingDecisionCause {
    NON_EXECUTION("non-exécution"),
    SIGNIFICANT_DELAY("retard significatif"),
    UNAPPROVED_CHANGE("modification substantielle sans accord écrit du financeur");

    private final String label;

    FundingDecisionCause(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
