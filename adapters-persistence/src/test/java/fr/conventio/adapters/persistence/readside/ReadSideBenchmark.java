package fr.conventio.adapters.persistence.readside;

import fr.conventio.adapters.persistence.volume.PortfolioDatabase;
import fr.conventio.application.dashboard.GetDashboardQuery;
import fr.conventio.application.dashboard.GetDashboardService;
import fr.conventio.application.reading.AgreementSearch;
import fr.conventio.application.reading.SearchAgreementsUseCase;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.domain.shared.BudgetYear;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Measures the read side on a portfolio database (see {@link PortfolioDatabase}): the first page of the
 * agreements list (20, default sort), the deadlines page (20, 30 days) and the whole dashboard (its five
 * queries, in one read-only transaction as the use case runs), each {@code benchmark.runs} times after
 * {@code benchmark.warmup} runs, p50 and p95 in milliseconds; then the raw SQL of each read with
 * {@code explain (analyze, buffers)}. Not a test: run by hand (docs/performance.md), never by the build.
 *
 * <p>Properties: {@code benchmark.copies} (default 0) first copies every agreement that many times in SQL
 * ({@code volume/copy-portfolio.sql}) and analyses the tables; {@code benchmark.today} (default 2026-12-02);
 * {@code benchmark.runs} (100), {@code benchmark.warmup} (20), {@code benchmark.explain} (true).
 */
public final class ReadSideBenchmark {

    private final ConfigurableApplicationContext context;
    private final LocalDate today = LocalDate.parse(System.getProperty("benchmark.today", "2026-12-02"));
    private final int runs = Integer.getInteger("benchmark.runs", 100);
    private final int warmup = Integer.getInteger("benchmark.warmup", 20);

    private ReadSideBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static void main(String[] args) throws IOException {
        try (PortfolioDatabase database = PortfolioDatabase.open()) {
            new ReadSideBenchmark(database.context()).run();
        }
    }

    private void run() throws IOException {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        int copies = Integer.getInteger("benchmark.copies", 0);
        if (copies > 0) {
            copy(jdbc, copies);
        }
        System.out.printf("PostgreSQL %s; %s agreements (%s accounts), %s obligations (%s open), %s recovery orders; today %s%n",
                jdbc.queryForObject("show server_version", String.class), count(jdbc, "agreement"), count(jdbc, "agreement_account"),
                count(jdbc, "obligation"), jdbc.queryForObject("select count(*) from obligation where status not in ('ACCEPTED', 'WAIVED')",
                        Long.class), count(jdbc, "recovery_order"), today);

        AgreementQueriesAdapter list = context.getBean(AgreementQueriesAdapter.class);
        DeadlineQueriesAdapter deadlines = context.getBean(DeadlineQueriesAdapter.class);
        DashboardQueriesAdapter dashboard = context.getBean(DashboardQueriesAdapter.class);
        BudgetConsumptionQueriesAdapter budget = context.getBean(BudgetConsumptionQueriesAdapter.class);
        TransactionTemplate readOnly = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        readOnly.setReadOnly(true);
        readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        GetDashboardService getDashboard = new GetDashboardService(deadlines, dashboard, budget,
                Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

        measure("agreements list, first page (20, by reference)",
                () -> list.search(AgreementSearch.all(), PageRequest.of(0, 20, SearchAgreementsUseCase.SORT_REFERENCE, true)));
        measure("agreements list, first page (20, by association)",
                () -> list.search(AgreementSearch.all(), PageRequest.of(0, 20, SearchAgreementsUseCase.SORT_ASSOCIATION, true)));
        measure("deadlines, first page (20, 30 days)", () -> deadlines.deadlines(today, today.plusDays(30), PageRequest.of(0, 20, "dueDate", true)));
        measure("dashboard (5 queries, one read-only transaction)", () -> readOnly.execute(tx -> getDashboard.get(GetDashboardQuery.standard())));
        measure("  due deadlines (10, 30 days, overdue count)",
                () -> deadlines.dueDeadlines(today, today.plusDays(30), PageRequest.of(0, 10, "dueDate", true)));
        measure("  payments to make (10)", () -> dashboard.paymentsToMake(PageRequest.of(0, 10, "agreementReference", true)));
        measure("  awaiting a decision (10)", () -> dashboard.agreementsAwaitingDecision(PageRequest.of(0, 10, "decision", true)));
        measure("  orders to collect (10)", () -> dashboard.recoveryOrdersToCollect(PageRequest.of(0, 10, "issuedOn", true)));
        measure("  budget consumption (year of today)", () -> budget.consumption(BudgetYear.of(today.getYear())));
        measure("  budget consumption (2021)", () -> budget.consumption(BudgetYear.of(2021)));

        if (Boolean.parseBoolean(System.getProperty("benchmark.explain", "true"))) {
            explain(jdbc);
        }
    }

    /** Copies every agreement {@code copies} times ({@code volume/copy-portfolio.sql}), then analyses every table. */
    private void copy(JdbcTemplate jdbc, int copies) throws IOException {
        String script = new ClassPathResource("volume/copy-portfolio.sql").getContentAsString(StandardCharsets.UTF_8)
                .replace("COPIES", Integer.toString(copies));
        long started = System.nanoTime();
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(tx -> jdbc.execute(script));
        jdbc.execute("vacuum analyze");
        System.out.printf("copied %d times in %d s (vacuum analyze included)%n", copies, (System.nanoTime() - started) / 1_000_000_000);
    }

    private void measure(String name, Supplier<?> read) {
        for (int i = 0; i < warmup; i++) {
            read.get();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            read.get();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("%-55s p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms (%d runs)%n", name, percentile(millis, 50), percentile(millis, 95),
                millis[millis.length - 1], runs);
    }

    private static double percentile(double[] sorted, int percent) {
        return sorted[(int) Math.ceil(percent / 100.0 * sorted.length) - 1];
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** Runs each read once on adapters that record their SQL, then each statement under {@code explain (analyze, buffers)}. */
    private void explain(JdbcTemplate jdbc) {
        RecordingJdbc recording = new RecordingJdbc(jdbc);
        new AgreementQueriesAdapter(recording).search(AgreementSearch.all(), PageRequest.of(0, 20, SearchAgreementsUseCase.SORT_REFERENCE, true));
        new AgreementQueriesAdapter(recording).search(AgreementSearch.all(), PageRequest.of(0, 20, SearchAgreementsUseCase.SORT_ASSOCIATION, true));
        new DeadlineQueriesAdapter(recording).dueDeadlines(today, today.plusDays(30), PageRequest.of(0, 20, "dueDate", true));
        DashboardQueriesAdapter dashboard = new DashboardQueriesAdapter(recording);
        dashboard.paymentsToMake(PageRequest.of(0, 10, "agreementReference", true));
        dashboard.agreementsAwaitingDecision(PageRequest.of(0, 10, "decision", true));
        dashboard.recoveryOrdersToCollect(PageRequest.of(0, 10, "issuedOn", true));
        new BudgetConsumptionQueriesAdapter(recording).consumption(BudgetYear.of(2021));
        for (RecordingJdbc.Statement statement : recording.statements()) {
            System.out.println("\n----------------------------------------------------------------------------------------------------");
            System.out.println(statement.sql());
            System.out.println("-- parameters: " + parameters(statement.parameters()));
            recording.explain(statement, "analyze, buffers").forEach(System.out::println);
        }
    }

    private static String parameters(SqlParameterSource source) {
        List<String> values = new ArrayList<>();
        String[] names = source.getParameterNames();
        if (names != null) {
            for (String name : names) {
                if (!name.matches("(type|rule|label)\\d+")) {
                    values.add(name + "=" + source.getValue(name));
                }
            }
        }
        return String.join(", ", values);
    }
}
