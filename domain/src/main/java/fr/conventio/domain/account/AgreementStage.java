package fr.conventio.domain.account;

import fr.conventio.domain.agreement.AgreementStatus;

/**
 * Where an agreement's file stands, as staff name it (D2): the lifecycle status, with the settled
 * agreement told apart once its balance is paid. Settled is "liquidée"; the balance paid is "solde
 * versé"; neither closes the file, which is "clôturée" only by a manager's decision.
 */
public enum AgreementStage {
    DRAFT,
    APPROVED,
    SIGNED,
    SUSPENDED,
    /** Settled on the real expenses (liquidée, A1). */
    SETTLED,
    /** Settled and its balance paid (solde versé, V2); the file stays open until closed. */
    BALANCE_PAID,
    /** Closed by a manager's decision (clôturée, D2). */
    CLOSED,
    TERMINATED;

    /** The stage of an agreement in {@code status}, the balance paid or not. */
    public static AgreementStage of(AgreementStatus status, boolean balancePaid) {
        return switch (status) {
            case DRAFT -> DRAFT;
            case APPROVED -> APPROVED;
            case SIGNED -> SIGNED;
            case SUSPENDED -> SUSPENDED;
            case SETTLED -> balancePaid ? BALANCE_PAID : SETTLED;
            case CLOSED -> CLOSED;
            case TERMINATED -> TERMINATED;
        };
    }

    /** Whether the agreement still calls for work (neither terminated nor closed): it appears in the dashboard's to-do lists. */
    public boolean isActive() {
        return this != CLOSED && this != TERMINATED;
    }
}
