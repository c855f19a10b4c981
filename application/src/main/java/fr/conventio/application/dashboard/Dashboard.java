package fr.conventio.application.dashboard;

import fr.conventio.application.shared.Page;
import fr.conventio.domain.shared.BudgetYear;

import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard (read model), judged on {@code today}. Each list is the first page (at most the
 * query's {@code maxItems} lines) with {@link Page#totalElements()} the full count.
 *
 * @param deadlines          obligations and N1 deadlines overdue or due up to today + horizon, earliest first
 * @param overdueCount       how many of them are overdue
 * @param paymentsToMake     see {@link PaymentToMake}, by agreement reference
 * @param awaitingDecision   see {@link AgreementAwaitingDecision}, by decision then agreement reference
 * @param ordersToCollect    see {@link RecoveryOrderToCollect}, oldest first (for the finance department)
 * @param budgetYear         the budget year of today
 * @param budgetConsumption  every budget line of the funder on that year, by code
 */
public record Dashboard(LocalDate today, int horizonDays, Page<Deadline> deadlines, long overdueCount,
                        Page<PaymentToMake> paymentsToMake, Page<AgreementAwaitingDecision> awaitingDecision,
                        Page<RecoveryOrderToCollect> ordersToCollect,
                        BudgetYear budgetYear, List<BudgetLineConsumption> budgetConsumption) {

    public Dashboard {
        budgetConsumption = List.copyOf(budgetConsumption);
    }
}
