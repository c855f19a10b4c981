package fr.conventio.application.dashboard;

import fr.conventio.domain.shared.BudgetYear;

import java.util.List;

/** Read side of the budget (B4): what each budget line of the funder has voted, committed and paid on a year. */
public interface BudgetConsumptionQueries {

    /**
     * Every budget line of the installation's funder, by code, with its figures on {@code year} as
     * {@link BudgetLineConsumption} defines them (zeros for a line with nothing on that year).
     */
    List<BudgetLineConsumption> consumption(BudgetYear year);
}
