package fr.conventio.application.dashboard;

import fr.conventio.application.shared.CommandChecks;

/**
 * Asks for the dashboard: deadlines overdue or due within {@code horizonDays} days of today (0 to 366),
 * each list cut at {@code maxItems} lines (1 to 100) with its full count.
 */
public record GetDashboardQuery(int horizonDays, int maxItems) {

    public static final int DEFAULT_HORIZON_DAYS = 30;
    public static final int DEFAULT_MAX_ITEMS = 10;

    public GetDashboardQuery {
        CommandChecks.between(horizonDays, 0, 366, "horizon (jours)");
        CommandChecks.between(maxItems, 1, 100, "nombre de lignes par liste");
    }

    /** 30 days, 10 lines per list. */
    public static GetDashboardQuery standard() {
        return new GetDashboardQuery(DEFAULT_HORIZON_DAYS, DEFAULT_MAX_ITEMS);
    }

    public static GetDashboardQuery within(int horizonDays) {
        return new GetDashboardQuery(horizonDays, DEFAULT_MAX_ITEMS);
    }
}
