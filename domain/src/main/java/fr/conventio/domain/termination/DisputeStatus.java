package fr.conventio.domain.termination;

/** OPEN (amicable stage) → SETTLED_AMICABLY or REFERRED_TO_COURT. */
public enum DisputeStatus {
    OPEN("en recherche de solution amiable"),
    SETTLED_AMICABLY("réglé à l'amiable"),
    REFERRED_TO_COURT("porté devant le tribunal");

    private final String label;

    DisputeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
