package fr.conventio.application.dashboard;

/** What a deadline of the portfolio is about. */
public enum DeadlineKind {
    /** An obligation of the association (O1–O10), not yet accepted nor waived. */
    OBLIGATION,
    /** The funder's own deadline to pay (N1, 60 days after notification), while nothing is paid. */
    FUNDER_PAYMENT,
    /**
     * An instalment (V5) the funder has to pay by a known date (its date, or 60 days after the signature or the
     * document it waits for, N1), while it is not paid.
     */
    FUNDER_INSTALMENT;

    /** Whether the funder, not the association, has to act by the date (a payment to make). */
    public boolean isTheFunders() {
        return this != OBLIGATION;
    }
}
