package fr.conventio.domain.paperwork;

/** The documents Conventio generates for an agreement. */
public enum DocumentKind {
    AGREEMENT("Convention", "convention", false),
    AMENDMENT("Avenant", "avenant", true),
    AWARD_NOTIFICATION("Notification d'attribution", "notification-attribution", false),
    FORMAL_NOTICE("Mise en demeure", "mise-en-demeure", true),
    DOCUMENTS_REQUEST("Demande de pièces", "demande-pieces", false),
    RECOVERY_NOTICE("Avis de titre de recettes", "avis-titre-recettes", true),
    TERMINATION_LETTER("Lettre de résiliation", "lettre-resiliation", false);

    private final String label;
    private final String fileStem;
    private final boolean numbered;

    DocumentKind(String label, String fileStem, boolean numbered) {
        this.label = label;
        this.fileStem = fileStem;
        this.numbered = numbered;
    }

    /** French label for the page ("Mise en demeure"). */
    public String label() {
        return label;
    }

    /** Start of the file name ("mise-en-demeure"). */
    public String fileStem() {
        return fileStem;
    }

    /** Whether there may be several of them, told apart by a number (amendment n° 2, notice n° 1, order n° 2020-0001). */
    public boolean numbered() {
        return numbered;
    }
}
