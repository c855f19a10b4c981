package fr.conventio.domain.party;

/** Civility used in the agreement's heading ("Monsieur Lionel LAPRAS"). */
public enum Civility {
    MONSIEUR("Monsieur"),
    MADAME("Madame");

    private final String label;

    Civility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
