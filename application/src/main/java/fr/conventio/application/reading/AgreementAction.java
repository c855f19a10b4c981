package fr.conventio.application.reading;

/**
 * What staff may do next on an agreement, computed from its state by the agreement read model
 * (the UI shows only these buttons; the use cases check again).
 */
public enum AgreementAction {
    EDIT_DRAFT("Modifier le brouillon"),
    APPROVE("Enregistrer la délibération"),
    SIGN("Enregistrer la signature"),
    AMEND("Conclure un avenant"),
    RECORD_THIRD_PARTY_DELEGATION("Autoriser le recours à un tiers"),
    RECORD_ADVANCE("Enregistrer un acompte"),
    RECORD_BALANCE("Enregistrer le solde"),
    /** Record the next instalment of the schedule (V5) that is due, the balance excepted. */
    RECORD_INSTALMENT("Enregistrer le versement échelonné dû"),
    SETTLE("Liquider sur dépenses réelles"),
    ISSUE_RECOVERY_ORDER("Émettre un titre de recettes"),
    RECORD_FUNDING_DECISION("Enregistrer une décision du financeur"),
    SUSPEND_PAYMENTS("Suspendre les versements"),
    RESUME_PAYMENTS("Reprendre les versements"),
    SEND_FORMAL_NOTICE("Adresser une mise en demeure"),
    RECORD_NOTICE_REMEDY("Constater la régularisation"),
    TERMINATE("Résilier"),
    RECORD_MEETING("Enregistrer une réunion"),
    CLOSE("Clôturer le dossier");

    private final String label;

    AgreementAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
