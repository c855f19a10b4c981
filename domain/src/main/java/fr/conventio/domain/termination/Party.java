package fr.conventio.domain.termination;

/** A party to the agreement, as sender of a formal notice or initiator of a termination. */
public enum Party {
    FUNDER("le financeur"),
    ASSOCIATION("l'association");

    private final String label;

    Party(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
