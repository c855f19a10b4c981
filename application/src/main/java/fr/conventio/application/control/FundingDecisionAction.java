package fr.conventio.application.control;

import fr.conventio.domain.settlement.FundingDecisionKind;

/**
 * What staff record with the funding-decision use case (A3): the four decisions of the domain, plus
 * the resumption of suspended payments (which ends the agreement's suspension).
 */
public enum FundingDecisionAction {
    SUSPEND_PAYMENTS(FundingDecisionKind.SUSPEND_PAYMENTS),
    RESUME_PAYMENTS(null),
    REDUCE_SUBSIDY(FundingDecisionKind.REDUCE_SUBSIDY),
    RECONSIDER_AMOUNT(FundingDecisionKind.RECONSIDER_AMOUNT),
    DEMAND_REPAYMENT(FundingDecisionKind.DEMAND_REPAYMENT);

    private final FundingDecisionKind kind;

    FundingDecisionAction(FundingDecisionKind kind) {
        this.kind = kind;
    }

    /** The domain decision recorded, {@code null} for {@link #RESUME_PAYMENTS}. */
    public FundingDecisionKind kind() {
        return kind;
    }
}
