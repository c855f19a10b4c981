package fr.conventio.domain.agreement;

import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.Amount;
import java.util.List;

/**
 * The forecast budget of the action (B1, Art. 4.1 and annex 1): total forecast eligible expenses
 * excluding VAT (1 040 335,00 € HT in the seed), the financing plan and the in-kind contributions.
 */
public record ForecastBudget(Amount eligibleExpenses, List<FundingSource> financingPlan, List<InKindContribution> inKindContributions) {

    public ForecastBudget {
        Checks.requirePositive("budget prévisionnel (dépenses éligibles HT)", eligibleExpenses);
        financingPlan = Checks.copyOf("plan de financement", financingPlan);
        inKindContributions = Checks.copyOf("contributions en nature", inKindContributions);
    }

    /** A forecast budget with only its total eligible expenses (financing plan to be detailed). */
    public static ForecastBudget ofEligibleExpenses(Amount eligibleExpenses) {
        return new ForecastBudget(eligibleExpenses, List.of(), List.of());
    }

    /** Every expected resource of the financing plan. */
    public Amount financingTotal() {
        return Amount.sum(financingPlan.stream().map(FundingSource::amount).toList());
    }

    /** Every public subsidy of the plan, this funder included (used by rule O5, 153 000 € threshold). */
    public Amount publicSubsidiesTotal() {
        return Amount.sum(financingPlan.stream().filter(s -> s.kind().isPublic()).map(FundingSource::amount).toList());
    }

    /** The resources of one kind (e.g. {@link FundingSourceKind#THIS_FUNDER}). */
    public Amount totalOf(FundingSourceKind kind) {
        return Amount.sum(financingPlan.stream().filter(s -> s.kind() == kind).map(FundingSource::amount).toList());
    }

    /** The value of every in-kind contribution. */
    public Amount inKindTotal() {
        return Amount.sum(inKindContributions.stream().map(InKindContribution::value).toList());
    }

    /** Whether the financing plan covers exactly the eligible expenses. */
    public boolean isFinancingBalanced() {
        return financingTotal().equals(eligibleExpenses);
    }
}
