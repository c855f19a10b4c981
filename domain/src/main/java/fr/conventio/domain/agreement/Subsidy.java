package fr.conventio.domain.agreement;

import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.Rate;
import fr.conventio.domain.shared.RuleViolationException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The voted subsidy (B2) and its split across the funder's budget lines (B3): at least one line,
 * each line once, and the lines add up to the voted amount to the cent.
 */
public record Subsidy(Amount votedAmount, List<SubsidyAllocation> split) {

    public Subsidy {
        Checks.requirePositive("subvention (montant voté)", votedAmount);
        split = Checks.copyOf("subvention (répartition)", Checks.require("subvention (répartition)", split));
        if (split.isEmpty()) {
            throw new RuleViolationException("B3", "la subvention de " + votedAmount
                    + " doit être répartie sur au moins une ligne budgétaire du financeur");
        }
        Set<BudgetLineId> seen = new HashSet<>();
        for (SubsidyAllocation allocation : split) {
            if (!seen.add(allocation.budgetLineId())) {
                throw new RuleViolationException("B3", "la ligne budgétaire " + describe(allocation)
                        + " figure deux fois dans la répartition de la subvention");
            }
        }
        Amount sum = Amount.sum(split.stream().map(SubsidyAllocation::amount).toList());
        if (!sum.equals(votedAmount)) {
            throw new RuleViolationException("B3", "la répartition par ligne budgétaire totalise " + sum
                    + " alors que la subvention votée est de " + votedAmount + " : les lignes doivent totaliser la subvention au centime près");
        }
    }

    private static String describe(SubsidyAllocation allocation) {
        return allocation.label() == null ? allocation.budgetLineId().toString() : "« " + allocation.label() + " »";
    }

    public static Subsidy of(Amount votedAmount, SubsidyAllocation... split) {
        return new Subsidy(votedAmount, List.of(split));
    }

    /** A subsidy charged to a single budget line. */
    public static Subsidy onSingleLine(BudgetLineId line, Amount votedAmount) {
        Checks.requirePositive("subvention (montant voté)", votedAmount);
        return new Subsidy(votedAmount, List.of(new SubsidyAllocation(line, null, votedAmount)));
    }

    /** The subsidy's share of the forecast eligible expenses, two decimals (B2): 80 000 / 1 040 335 = 7.69 %. */
    public Rate shareOfCost(ForecastBudget forecastBudget) {
        return votedAmount.shareOf(forecastBudget.eligibleExpenses());
    }

    /** The amount charged to a budget line, if the line is part of the split. */
    public Optional<Amount> amountOn(BudgetLineId line) {
        return split.stream().filter(a -> a.budgetLineId().equals(line)).map(SubsidyAllocation::amount).findFirst();
    }

    public List<BudgetLineId> budgetLines() {
        return split.stream().map(SubsidyAllocation::budgetLineId).toList();
    }

    /** Whether the other subsidy charges the same amounts to the same lines (order ignored). */
    public boolean hasSameSplitAs(Subsidy other) {
        return Set.copyOf(split).equals(Set.copyOf(other.split));
    }
}
