package fr.conventio.domain.multiyear;

/** D5: each year settled on its own (the default), or settlement done once over the whole period. */
public enum SettlementMode {
    /** Each yearly award has its own financial report (O2) and its own settlement (A1). */
    YEARLY,
    /** The agreement says settlement is done once, over the whole period. */
    ONCE_AT_END;

    public String label() {
        return switch (this) {
            case YEARLY -> "chaque année";
            case ONCE_AT_END -> "une fois, à la fin de la période";
        };
    }
}
