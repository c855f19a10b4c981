package fr.conventio.application.dashboard;

/** Why an agreement waits for a decision of the staff (dashboard). */
public enum AwaitedDecision {
    /** A draft: every part of the terms is required at creation, so any draft can go to the deliberation (approval). */
    APPROVAL,
    /** Approved by the deliberation, not signed yet. */
    SIGNATURE,
    /**
     * A sum the association owes back (overpayment after settlement, restitution after termination,
     * repayment decided, N2 withdrawal) that no recovery order claims yet (A2); terminated agreements
     * included, so that no sum owed is forgotten.
     */
    RECOVERY_ORDER,
    /** Payments suspended (A3): to resume, or to terminate. */
    SUSPENSION,
    /** Settled with nothing left open: a manager may close the file (D2). */
    CLOSURE
}
