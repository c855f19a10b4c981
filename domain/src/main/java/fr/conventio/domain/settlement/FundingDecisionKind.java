package fr.conventio.domain.settlement;

/** What the funder decides under Art. 4.4 (A3). */
public enum FundingDecisionKind {
    /** Suspend the payments still due (suspendre les versements). No amount. */
    SUSPEND_PAYMENTS("suspension des versements"),
    /** Reduce the subsidy by an amount (diminuer le montant). Amount required: the reduction. */
    REDUCE_SUBSIDY("diminution de la subvention"),
    /** Call the amount into question (remettre en cause le montant): a re-examination; amount optional (the amount at stake). */
    RECONSIDER_AMOUNT("remise en cause du montant"),
    /** Demand repayment of all or part of what was paid (exiger le reversement). Amount required, at most what was paid. */
    DEMAND_REPAYMENT("demande de reversement");

    private final String label;

    FundingDecisionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
