package fr.conventio.domain.multiyear;

/** D5: how a later year of a CPO is confirmed once its budget is adopted. */
public enum ConfirmationKind {
    /** Notification annuelle du montant de l'année. */
    YEARLY_NOTIFICATION,
    /** Avenant financier fixant le montant de l'année. */
    FINANCIAL_AMENDMENT;

    public String label() {
        return switch (this) {
            case YEARLY_NOTIFICATION -> "notification annuelle";
            case FINANCIAL_AMENDMENT -> "avenant financier";
        };
    }
}
