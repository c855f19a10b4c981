package fr.conventio.adapters.persistence.volume;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.adapters.persistence.PersistenceTestApplication;
import fr.conventio.adapters.persistence.StoredAccounts;
import fr.conventio.adapters.persistence.TestDatabase;
import fr.conventio.adapters.persistence.account.AgreementAccountPersistenceAdapter;
import fr.conventio.adapters.persistence.readside.AgreementQueriesAdapter;
import fr.conventio.adapters.persistence.readside.BudgetConsumptionQueriesAdapter;
import fr.conventio.adapters.persistence.readside.DashboardQueriesAdapter;
import fr.conventio.adapters.persistence.readside.DeadlineQueriesAdapter;
import fr.conventio.application.dashboard.AgreementAwaitingDecision;
import fr.conventio.application.dashboard.AwaitedDecision;
import fr.conventio.application.dashboard.BudgetLineConsumption;
import fr.conventio.application.dashboard.Deadline;
import fr.conventio.application.dashboard.DeadlineKind;
import fr.conventio.application.dashboard.DeadlineQueries;
import fr.conventio.application.dashboard.PaymentToMake;
import fr.conventio.application.dashboard.RecoveryOrderToCollect;
import fr.conventio.application.reading.AgreementSearch;
import fr.conventio.application.shared.AllPages;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.domain.account.AccountFigures;
import fr.conventio.domain.account.AgreementStage;
import fr.conventio.domain.account.LineAccount;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A generated portfolio ({@link PortfolioGenerator}: every {@link PortfolioGenerator.Kind} twenty times, so every
 * stage, settlements under and over the forecast, cancellations, recoveries, terminations): for every agreement,
 * the figures stored are those of its account built again from its aggregates as loaded back; the dashboard's
 * lists, the deadlines, the agreements list and the budget consumption agree with those figures.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortfolioAccountsIT {

    private static final int AGREEMENTS = 20 * PortfolioGenerator.Kind.values().length;
    /** After every generated due date: every open obligation is overdue. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Autowired
    private ApplicationContext context;
    @Autowired
    private TestDatabase database;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private StoredAccounts storedAccounts;
    @Autowired
    private AgreementAccountPersistenceAdapter accountRepository;
    @Autowired
    private DashboardQueriesAdapter dashboard;
    @Autowired
    private DeadlineQueriesAdapter deadlines;
    @Autowired
    private BudgetConsumptionQueriesAdapter budget;
    @Autowired
    private AgreementQueriesAdapter list;

    private List<AccountFigures> accounts;

    /** Generated once for every test of the class (they only read). */
    @BeforeAll
    void portfolio() {
        database.empty();
        new PortfolioGenerator(context).generate(AGREEMENTS);
        accounts = jdbc.queryForList("select id from agreement order by reference", UUID.class).stream()
                .map(id -> accountRepository.findByAgreement(new AgreementId(id)).orElseThrow()).toList();
    }

    @Test
    void every_stored_account_is_the_account_of_the_agreements_aggregates_as_loaded_back() {
        assertThat(accounts).hasSize(AGREEMENTS);
        for (AccountFigures stored : accounts) {
            assertThat(stored).as("account of %s", stored.agreementId()).isEqualTo(storedAccounts.of(stored.agreementId()).figures());
        }
        assertThat(accounts).extracting(AccountFigures::stage).as("every stage").containsAll(EnumSet.allOf(AgreementStage.class));
        assertThat(accounts).as("under- and overspent settlements, cancellations, recoveries, terminations").anySatisfy(f ->
                assertThat(f.balancePayable()).isGreaterThan(Amount.ZERO)).anySatisfy(f -> assertThat(f.overpaymentToClaim()).isGreaterThan(Amount.ZERO))
                .anySatisfy(f -> assertThat(f.cancelled()).isGreaterThan(Amount.ZERO)).anySatisfy(f -> assertThat(f.recovered()).isGreaterThan(Amount.ZERO))
                .anySatisfy(f -> assertThat(f.toRecover()).isGreaterThan(Amount.ZERO)).anySatisfy(f -> assertThat(f.closable()).isTrue())
                .anySatisfy(f -> assertThat(f.subsidyInForce()).isLessThan(f.votedSubsidy()));
    }

    @Test
    void the_payments_to_make_are_the_advances_available_and_the_balances_payable() {
        List<PaymentToMake> payments = AllPages.read(dashboard::paymentsToMake, "agreementReference");

        assertThat(sum(payments, p -> p.kind() == PaymentKind.ADVANCE, PaymentToMake::amount))
                .isEqualTo(sum(accounts, f -> true, AccountFigures::advanceAvailable)).isGreaterThan(Amount.ZERO);
        assertThat(sum(payments, p -> p.kind() == PaymentKind.BALANCE, PaymentToMake::amount))
                .isEqualTo(sum(accounts, f -> true, AccountFigures::balancePayable)).isGreaterThan(Amount.ZERO);
        assertThat(payments).hasSize((int) accounts.stream().filter(f -> !f.advanceAvailable().isZero()).count()
                + (int) accounts.stream().filter(f -> !f.balancePayable().isZero()).count());
    }

    @Test
    void the_agreements_awaiting_a_decision_are_those_the_accounts_say() {
        Map<AwaitedDecision, List<AgreementAwaitingDecision>> awaiting = AllPages.read(dashboard::agreementsAwaitingDecision, "decision")
                .stream().collect(Collectors.groupingBy(AgreementAwaitingDecision::decision));

        assertThat(awaiting.get(AwaitedDecision.APPROVAL)).hasSize(count(f -> f.stage() == AgreementStage.DRAFT));
        assertThat(awaiting.get(AwaitedDecision.SIGNATURE)).hasSize(count(f -> f.stage() == AgreementStage.APPROVED));
        assertThat(awaiting.get(AwaitedDecision.SUSPENSION)).hasSize(count(f -> f.stage() == AgreementStage.SUSPENDED));
        assertThat(sum(awaiting.get(AwaitedDecision.RECOVERY_ORDER), d -> true, AgreementAwaitingDecision::amount))
                .isEqualTo(sum(accounts, f -> f.stage() != AgreementStage.CLOSED, AccountFigures::outstanding)).isGreaterThan(Amount.ZERO);
        assertThat(sum(awaiting.get(AwaitedDecision.CLOSURE), d -> true, AgreementAwaitingDecision::amount))
                .isEqualTo(sum(accounts, AccountFigures::closable, AccountFigures::adjustedSubsidy)).isGreaterThan(Amount.ZERO);
    }

    @Test
    void the_orders_to_collect_add_up_to_what_the_accounts_have_to_recover() {
        List<RecoveryOrderToCollect> orders = AllPages.read(dashboard::recoveryOrdersToCollect, "issuedOn");

        assertThat(sum(orders, o -> true, RecoveryOrderToCollect::remainingDue))
                .isEqualTo(sum(accounts, f -> true, AccountFigures::toRecover)).isGreaterThan(Amount.ZERO);
        assertThat(orders).extracting(RecoveryOrderToCollect::stage).contains(AgreementStage.TERMINATED, AgreementStage.SETTLED);
    }

    @Test
    void the_deadlines_are_the_open_obligations_of_the_files_in_progress_and_n1_where_nothing_is_paid() {
        DeadlineQueries.DueDeadlines due = deadlines.dueDeadlines(TODAY, TODAY.plusDays(30), PageRequest.of(0, 20, "dueDate", true));
        List<Deadline> every = AllPages.read(page -> deadlines.deadlines(TODAY, TODAY.plusDays(30), page), "dueDate");

        assertThat(every.stream().filter(d -> d.kind() == DeadlineKind.OBLIGATION).count())
                .isEqualTo(accounts.stream().filter(f -> f.stage().isActive()).mapToLong(AccountFigures::openObligations).sum());
        Map<UUID, AccountFigures> byId = accounts.stream().collect(Collectors.toMap(f -> f.agreementId().value(), Function.identity()));
        assertThat(every).filteredOn(d -> d.kind() == DeadlineKind.FUNDER_PAYMENT).isNotEmpty()
                .allSatisfy(d -> assertThat(byId.get(d.agreementId().value()).paid()).isEqualTo(Amount.ZERO));
        assertThat(every).allSatisfy(d -> assertThat(byId.get(d.agreementId().value()).stage().isActive()).isTrue());
        assertThat(due.page().totalElements()).isEqualTo(every.size());
        assertThat(due.overdueCount()).isEqualTo(every.stream().filter(Deadline::overdue).count()).isEqualTo(every.size());
        assertThat(due.page().content()).containsExactlyElementsOf(every.subList(0, 20));
    }

    @Test
    void b4_each_line_shows_the_commitments_and_the_net_payments_of_the_accounts_of_its_year() {
        for (int year = 2019; year <= 2023; year++) {
            BudgetYear budgetYear = BudgetYear.of(year);
            List<LineAccount> lines = accounts.stream().filter(f -> f.budgetYear().equals(budgetYear))
                    .flatMap(f -> f.lines().stream()).toList();
            for (BudgetLineConsumption line : budget.consumption(budgetYear)) {
                List<LineAccount> onLine = lines.stream().filter(l -> l.budgetLineId().equals(line.lineId())).toList();
                assertThat(line.committed()).as("%s %s committed", line.code(), year).isEqualTo(sum(onLine, l -> true, LineAccount::committed));
                assertThat(line.paid()).as("%s %s paid", line.code(), year).isEqualTo(sum(onLine, l -> true, LineAccount::netPaid));
                assertThat(line.remaining()).isEqualTo(line.envelope().minus(line.committed()));
            }
        }
    }

    @Test
    void the_agreements_list_counts_and_filters_the_stages_of_the_accounts() {
        assertThat(list.count(AgreementSearch.all())).isEqualTo(AGREEMENTS);
        for (AgreementStage stage : AgreementStage.values()) {
            assertThat(list.count(new AgreementSearch(null, stage, null, null, null))).as(stage.name())
                    .isEqualTo(count(f -> f.stage() == stage));
        }
    }

    private int count(Predicate<AccountFigures> which) {
        return (int) accounts.stream().filter(which).count();
    }

    private static <T> Amount sum(List<T> items, Predicate<T> which, Function<T, Amount> amount) {
        return Amount.sum(items == null ? List.of() : items.stream().filter(which).map(amount).toList());
    }
}
