package fr.conventio.domain.publication;

import fr.conventio.domain.shared.Amount;

/** Which subsidies the funder must publish as open data (X1, décret 2017-779): those above 23 000,00 €. */
public final class ScdlPublicationPolicy {

    /** Subsidies strictly above this amount are published. */
    public static final Amount THRESHOLD = Amount.of(23_000);

    private ScdlPublicationPolicy() {
    }

    public static boolean mustPublish(Amount subsidy) {
        return subsidy.isGreaterThan(THRESHOLD);
    }
}
