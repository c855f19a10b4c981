package fr.conventio.domain.multiyear;

/** D5: a later year of a CPO is to be confirmed, confirmed (its yearly award exists), or dropped by a termination. */
public enum PlannedYearStatus {
    TO_CONFIRM, CONFIRMED, DROPPED;

    public String label() {
        return switch (this) {
            case TO_CONFIRM -> "à confirmer";
            case CONFIRMED -> "confirmée";
            case DROPPED -> "abandonnée";
        };
    }
}
