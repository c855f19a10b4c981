package fr.conventio.application.dashboard;

/** Why an agreement waits for a decision of the staff (dashboard). */
public enum AwaitedDecision {
    /** A draft: every part of the terms is required at creation, so any draft can go to the deliberation (approval). */
    APPROVAL,
    /** Approved by the deliberation, not signed yet. */
    SIGNATURE,
    /** Settled with an overpayment (A1) that no recovery order claims yet (A2). */
    OVERPAYMENT_RECOVERY,
    /** Payments suspended (A3): to resume, or to terminate. */
    SUSPENSION
}
