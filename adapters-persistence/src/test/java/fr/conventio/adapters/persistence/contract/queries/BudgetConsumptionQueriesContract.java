package fr.conventio.adapters.persistence.contract.queries;

import fr.conventio.adapters.persistence.contract.PostgresStore;
import fr.conventio.adapters.persistence.contract.ReadSideApp;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.dashboard.BudgetConsumptionQueries;
import fr.conventio.application.dashboard.BudgetLineConsumption;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.BudgetYear;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * What every {@link BudgetConsumptionQueries} answers, the in-memory fake and the PostgreSQL adapter
 * alike, on the real 2020 agreement arranged through the application's use cases: CT1 (envelope
 * 500 000 € on 2020, 30 000 € of the seed) and CT2 (800 000 €, 50 000 €).
 */
public abstract class BudgetConsumptionQueriesContract {

    static final BudgetYear Y2020 = AgreementFixtures.YEAR_2020;
    static final BudgetYear Y2021 = BudgetYear.of(2021);

    /** An empty store (repositories) whose data {@link #queries()} reads. */
    protected abstract ReadSideApp.Store emptyStore();

    protected abstract BudgetConsumptionQueries queries();

    protected ReadSideApp app;

    @BeforeEach
    void newApp() {
        app = new ReadSideApp(emptyStore());
    }

    private List<BudgetLineConsumption> consumption(BudgetYear year) {
        return queries().consumption(year);
    }

    private static BudgetLineConsumption line(List<BudgetLineConsumption> lines, String code) {
        return lines.stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void nothing_before_the_funder_is_set_up() {
        assertThat(consumption(Y2020)).isEmpty();
    }

    @Test
    void after_signing_each_line_shows_its_envelope_the_commitment_of_the_seed_and_what_remains() {
        app.signed();

        List<BudgetLineConsumption> lines = consumption(Y2020);

        assertThat(lines).containsExactly(
                new BudgetLineConsumption(app.ct1(), "CT1", "Budget Principal Métropolitain", Amount.of(500_000), Amount.of(30_000),
                        Amount.ZERO, Amount.of(470_000)),
                new BudgetLineConsumption(app.ct2(), "CT2", "Territoire du Pays d'Aix", Amount.of(800_000), Amount.of(50_000),
                        Amount.ZERO, Amount.of(750_000)));
        assertThat(lines).allSatisfy(l -> assertThat(List.of(l.envelope(), l.committed(), l.paid(), l.remaining()))
                .allSatisfy(a -> assertThat(a.value().scale()).isEqualTo(2)));
    }

    @Test
    void every_line_of_the_funder_by_code_with_zeros_on_a_year_with_nothing() {
        app.signed();
        BudgetLineId a10 = app.defineLine("A10", "Action sociale", Y2021, Amount.of("1234.56"));

        assertThat(consumption(Y2021)).containsExactly(
                new BudgetLineConsumption(a10, "A10", "Action sociale", Amount.of("1234.56"), Amount.ZERO, Amount.ZERO,
                        Amount.of("1234.56")),
                new BudgetLineConsumption(app.ct1(), "CT1", "Budget Principal Métropolitain", Amount.ZERO, Amount.ZERO, Amount.ZERO,
                        Amount.ZERO),
                new BudgetLineConsumption(app.ct2(), "CT2", "Territoire du Pays d'Aix", Amount.ZERO, Amount.ZERO, Amount.ZERO,
                        Amount.ZERO));
        assertThat(line(consumption(Y2020), "A10").envelope()).isEqualTo(Amount.ZERO);
    }

    @Test
    void the_advance_of_24000_and_40000_is_paid_per_line_and_commits_nothing_more() {
        app.signed();
        app.payFullAdvance();

        List<BudgetLineConsumption> lines = consumption(Y2020);

        assertThat(line(lines, "CT1")).isEqualTo(new BudgetLineConsumption(app.ct1(), "CT1", "Budget Principal Métropolitain",
                Amount.of(500_000), Amount.of(30_000), Amount.of("24000.00"), Amount.of("470000.00")));
        assertThat(line(lines, "CT2").paid()).isEqualTo(Amount.of(40_000));
        assertThat(line(lines, "CT2").remaining()).isEqualTo(Amount.of(750_000));
        assertThat(consumption(Y2021)).as("paid on the agreements of their budget year only")
                .allSatisfy(l -> assertThat(l.paid()).isEqualTo(Amount.ZERO));
    }

    @Test
    void several_payments_add_up_per_line_and_a_cancelled_one_no_longer_counts() {
        app.signed();
        app.payAdvance("M-1", ReadSideApp.ADVANCE_DATE, new LineCharge(app.ct1(), Amount.of("10000.01")));
        app.payAdvance("M-2", ReadSideApp.ADVANCE_DATE.plusDays(1), new LineCharge(app.ct1(), Amount.of("13999.99")),
                new LineCharge(app.ct2(), Amount.of("0.50")));

        assertThat(line(consumption(Y2020), "CT1").paid()).isEqualTo(Amount.of(24_000));
        assertThat(line(consumption(Y2020), "CT2").paid()).isEqualTo(Amount.of("0.50"));

        app.cancelPayments();
        assertThat(consumption(Y2020)).allSatisfy(l -> assertThat(l.paid()).isEqualTo(Amount.ZERO));
    }

    @Test
    void b4_the_settlement_releases_the_unused_commitment_and_a_recovery_lowers_what_the_lines_show_as_paid() {
        app.signed();
        app.payFullAdvance();
        app.acceptBalanceDocuments(java.time.LocalDate.of(2021, 5, 10), java.time.LocalDate.of(2021, 5, 20));
        app.settle("728234.50");

        List<BudgetLineConsumption> settled = consumption(Y2020);
        assertThat(settled).as("final 56 000: 8 000 overpaid, taken off the lines in proportion to what each was paid")
                .extracting(BudgetLineConsumption::committed, BudgetLineConsumption::paid, BudgetLineConsumption::remaining)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Amount.of(21_000), Amount.of(24_000), Amount.of(479_000)),
                        org.assertj.core.groups.Tuple.tuple(Amount.of(35_000), Amount.of(40_000), Amount.of(765_000)));

        app.issueOverpaymentRecovery("8000");
        app.receiveOnOrder("8000", java.time.LocalDate.of(2021, 7, 1));

        assertThat(consumption(Y2020)).as("the 8 000 recovered brought back to the overpaid lines")
                .extracting(BudgetLineConsumption::committed, BudgetLineConsumption::paid)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Amount.of(21_000), Amount.of(21_000)),
                        org.assertj.core.groups.Tuple.tuple(Amount.of(35_000), Amount.of(35_000)));
    }
}
