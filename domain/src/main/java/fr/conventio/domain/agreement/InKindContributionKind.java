package fr.conventio.domain.agreement;

/** Kinds of in-kind contributions (contributions volontaires en nature, B1). */
public enum InKindContributionKind {
    PREMISES("Mise à disposition de locaux"),
    STAFF("Mise à disposition de personnel"),
    EQUIPMENT("Mise à disposition de matériel"),
    OTHER("Autre contribution en nature");

    private final String label;

    InKindContributionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
