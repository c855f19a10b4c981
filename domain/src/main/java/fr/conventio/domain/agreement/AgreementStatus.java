package fr.conventio.domain.agreement;

/**
 * Lifecycle of an agreement. Allowed transitions (and nothing else) are enforced by
 * {@code Agreement}: DRAFT → APPROVED (deliberation) → SIGNED → SETTLED → CLOSED;
 * SIGNED ⇄ SUSPENDED (A3); SIGNED/SUSPENDED/SETTLED → TERMINATED (T1–T3).
 */
public enum AgreementStatus {
    /** Being drafted by a case officer (brouillon). */
    DRAFT,
    /** Approved by a deliberation of the funder (approuvée). */
    APPROVED,
    /** Signed by both parties (signée): payments may start. */
    SIGNED,
    /** Real expenses settled, final subsidy known (soldée / liquidée). */
    SETTLED,
    /** Balance paid or overpayment recovered: nothing left to do (clôturée). */
    CLOSED,
    /** Payments suspended by a decision of the funder (suspendue, A3). */
    SUSPENDED,
    /** Terminated (résiliée, T1–T3). */
    TERMINATED;

    /** The French word staff read for this state, as refusal messages write it ("approuvée"). */
    public String label() {
        return switch (this) {
            case DRAFT -> "brouillon";
            case APPROVED -> "approuvée";
            case SIGNED -> "signée";
            case SETTLED -> "liquidée";
            case CLOSED -> "clôturée";
            case SUSPENDED -> "suspendue";
            case TERMINATED -> "résiliée";
        };
    }
}
