package fr.conventio.application.dashboard;

import fr.conventio.application.shared.Guards;
import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.domain.shared.BudgetYear;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The dashboard, judged on today (from the injected clock): five bounded queries — the deadlines up to
 * today + horizon, the count of the overdue ones, the payments to make, the agreements awaiting a
 * decision, and the budget consumption of today's budget year.
 */
public final class GetDashboardService implements GetDashboardUseCase {

    private final DeadlineQueries deadlines;
    private final DashboardQueries dashboard;
    private final BudgetConsumptionQueries budget;
    private final Clock clock;

    public GetDashboardService(DeadlineQueries deadlines, DashboardQueries dashboard, BudgetConsumptionQueries budget, Clock clock) {
        this.deadlines = Objects.requireNonNull(deadlines);
        this.dashboard = Objects.requireNonNull(dashboard);
        this.budget = Objects.requireNonNull(budget);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Dashboard get(GetDashboardQuery query) {
        LocalDate today = Guards.today(clock);
        PageRequest first = PageRequest.of(0, query.maxItems(), "dueDate", true);
        DeadlineQueries.DueDeadlines due = deadlines.dueDeadlines(today, today.plusDays(query.horizonDays()), first);
        Page<PaymentToMake> payments = dashboard.paymentsToMake(PageRequest.of(0, query.maxItems(), "agreementReference", true));
        Page<AgreementAwaitingDecision> decisions = dashboard.agreementsAwaitingDecision(
                PageRequest.of(0, query.maxItems(), "decision", true));
        Page<RecoveryOrderToCollect> orders = dashboard.recoveryOrdersToCollect(PageRequest.of(0, query.maxItems(), "issuedOn", true));
        BudgetYear year = BudgetYear.of(today.getYear());
        return new Dashboard(today, query.horizonDays(), due.page(), due.overdueCount(), payments, decisions, orders, year,
                budget.consumption(year));
    }
}
