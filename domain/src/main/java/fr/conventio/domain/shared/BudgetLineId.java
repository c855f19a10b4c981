package fr.conventio.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identity of BudgetLine; aggregates refer to each other by such ids only. */
public record BudgetLineId(UUID value) {

    public BudgetLineId {
        Objects.requireNonNull(value, "ligne_budgetaire : identifiant absent");
    }

    public static BudgetLineId newId() {
        return new BudgetLineId(UUID.randomUUID());
    }

    public static BudgetLineId of(String uuid) {
        return new BudgetLineId(UUID.fromString(uuid));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
