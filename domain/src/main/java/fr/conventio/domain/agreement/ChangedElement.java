package fr.conventio.domain.agreement;

/**
 * The elements of an agreement an amendment may change (M1). The general objectives of
 * Article 1 and the beneficiary (P3) are deliberately absent: no amendment can change them.
 */
public enum ChangedElement {
    SUBSIDY_AMOUNT("Montant de la subvention"),
    SUBSIDY_SPLIT("Répartition de la subvention par ligne budgétaire"),
    FORECAST_BUDGET("Budget prévisionnel"),
    PROGRAMME("Programme d'actions"),
    PAYMENT_TERMS("Modalités de versement"),
    SIGNATORY("Signataire du financeur"),
    REPRESENTATIVE("Représentant de l'association"),
    OPERATION_PERIOD("Période de l'opération"),
    KEEP_UNSPENT_CLAUSE("Clause de conservation de la subvention non utilisée"),
    OTHER("Autre clause");

    private final String label;

    ChangedElement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
