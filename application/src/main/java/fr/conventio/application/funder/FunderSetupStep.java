package fr.conventio.application.funder;

/** What a funder sets up before its staff can take an agreement to its signature (P1, B3, B4), in the order it is done. */
public enum FunderSetupStep {
    /** The funder's identity: name, kind, SIRET, address (P1). */
    FUNDER_IDENTITY,
    /** At least one signatory, who signs the agreements by delegation (P1). */
    SIGNATORIES,
    /** At least one budget line the subsidies are split across (B3). */
    BUDGET_LINES,
    /** An envelope for the year on every budget line (B4). */
    ENVELOPES,
    /** The funder's budget of the year adopted on every budget line: without it nothing can be committed, no agreement signed (B4). */
    BUDGET_ADOPTED
}
