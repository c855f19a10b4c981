package fr.conventio.domain.termination;

/** What the funder demands back on termination for serious breach (T3). */
public enum RestitutionMode {
    /** Nothing demanded back: the association keeps what it received. */
    NONE,
    /** Everything received is restituted. */
    FULL,
    /** The association keeps subsidy × days elapsed / days in the period, and restitutes what it received above that. */
    PRO_RATA_TEMPORIS
}
