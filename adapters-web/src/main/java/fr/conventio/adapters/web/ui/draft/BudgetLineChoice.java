package fr.conventio.adapters.web.ui.draft;

import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.BudgetYear;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A budget line of the funder offered in the subsidy step, with what is left of its envelope for each
 * year it has one (B4).
 */
public record BudgetLineChoice(BudgetLineId id, String code, String label, Map<BudgetYear, Amount> remaining) {

    public BudgetLineChoice {
        Objects.requireNonNull(id, "ligne budgétaire : identifiant absent");
        remaining = Map.copyOf(remaining);
    }

    /** "CT1 — Budget Principal Métropolitain". */
    public String display() {
        return code + " — " + label;
    }

    /** The label stored with the split: "Budget Principal Métropolitain (CT1)". */
    public String allocationLabel() {
        return label + " (" + code + ")";
    }

    public Optional<Amount> remainingIn(BudgetYear year) {
        return Optional.ofNullable(remaining.get(year));
    }
}
