package fr.conventio.application.dashboard;

import fr.conventio.application.shared.ReadOnly;

import java.util.List;

/** Envelope, committed, paid and remaining of each budget line of the funder on a year, by line code. */
public interface ListBudgetConsumptionUseCase extends ReadOnly {

    List<BudgetLineConsumption> list(ListBudgetConsumptionQuery query);
}
