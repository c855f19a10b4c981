package fr.conventio.domain.multiyear;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.domain.account.AgreementAccount;
import fr.conventio.domain.account.SeedFile;
import fr.conventio.domain.agreement.ForecastBudget;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.settlement.KeepUnspentClause;
import fr.conventio.domain.settlement.Settlement;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.Rate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** D5 with A1, A2 and A4: a CPO settled once at the end is settled over the whole period, on the totals. */
class PeriodSettlementTest {

    /** A year of 30 000,00 € on one line, forecast 100 000,00 € of eligible expenses, signed, with what was paid. */
    private static AgreementAccount year(String... advances) {
        SeedFile file = SeedFile.signedWith(a -> {
            a.changeFinancials(ForecastBudget.ofEligibleExpenses(Amount.of(100_000)), Subsidy.onSingleLine(SeedFile.CT1, Amount.of(30_000)));
            a.changePaymentTerms(a.paymentTerms().withAdvanceRate(Rate.ofPercent(100)));
        });
        for (String advance : advances) {
            file.advance(advance, SeedFile.CT1);
        }
        return file.account();
    }

    private static List<AgreementAccount> threeYearsOfAdvances() {
        return List.of(year("24000"), year("24000"), year("24000"));
    }

    @Test
    @DisplayName("D5 A1 worked example: 3 years × 30 000 €, forecast 100 000 €/year, real 270 000 € over the period: final 81 000,00 €")
    void d5_a1_the_period_is_settled_on_the_totals() {
        PeriodSettlement settled = PeriodSettlement.settle(threeYearsOfAdvances(), Amount.of(270_000), KeepUnspentClause.none());

        Settlement period = settled.period();
        assertThat(period.votedSubsidy()).isEqualTo(Amount.of("90000.00"));
        assertThat(period.forecastExpenses()).isEqualTo(Amount.of("300000.00"));
        assertThat(period.realExpenses()).isEqualTo(Amount.of("270000.00"));
        assertThat(period.finalSubsidy()).isEqualTo(Amount.of("81000.00"));
        assertThat(period.alreadyPaid()).isEqualTo(Amount.of("72000.00"));
        assertThat(period.balanceDue()).isEqualTo(Amount.of("9000.00"));
        assertThat(period.overpayment()).isEqualTo(Amount.ZERO);
    }

    @Test
    @DisplayName("D5 A1: the balance is booked on the last year up to its subsidy, the rest on the year before (latest first)")
    void d5_a1_the_balance_is_booked_on_the_last_year_first() {
        PeriodSettlement settled = PeriodSettlement.settle(threeYearsOfAdvances(), Amount.of(270_000), KeepUnspentClause.none());

        assertThat(settled.years()).extracting(Settlement::finalSubsidy)
                .containsExactly(Amount.of("24000.00"), Amount.of("27000.00"), Amount.of("30000.00"));
        assertThat(settled.years()).extracting(Settlement::balanceDue)
                .containsExactly(Amount.ZERO, Amount.of("3000.00"), Amount.of("6000.00"));
        assertThat(settled.lastYear().balanceDue()).isEqualTo(Amount.of("6000.00"));
        assertThat(Amount.sum(settled.years().stream().map(Settlement::finalSubsidy).toList())).isEqualTo(settled.period().finalSubsidy());
    }

    @Test
    @DisplayName("D5 A1 A2: real 210 000 € over the period: final 63 000,00 €, overpaid 9 000,00 €, recovered on the last year alone")
    void d5_a2_an_overpayment_over_the_period_is_recovered_on_the_last_year() {
        PeriodSettlement settled = PeriodSettlement.settle(threeYearsOfAdvances(), Amount.of(210_000), KeepUnspentClause.none());

        assertThat(settled.period().finalSubsidy()).isEqualTo(Amount.of("63000.00"));
        assertThat(settled.period().overpayment()).isEqualTo(Amount.of("9000.00"));
        assertThat(settled.years()).extracting(Settlement::overpayment)
                .containsExactly(Amount.ZERO, Amount.ZERO, Amount.of("9000.00"));
        assertThat(settled.lastYear().recoveryClaim()).map(c -> c.amountDue()).contains(Amount.of("9000.00"));
    }

    @Test
    @DisplayName("D5 A1: an overpayment larger than the last year's payments is also recovered on the year before")
    void d5_a2_a_large_overpayment_falls_on_the_years_before_latest_first() {
        List<AgreementAccount> paidInFull = List.of(year("30000"), year("30000"), year("24000"));
        PeriodSettlement settled = PeriodSettlement.settle(paidInFull, Amount.of(120_000), KeepUnspentClause.none());

        assertThat(settled.period().finalSubsidy()).isEqualTo(Amount.of("36000.00"));
        assertThat(settled.period().overpayment()).isEqualTo(Amount.of("48000.00"));
        assertThat(settled.years()).extracting(Settlement::overpayment)
                .containsExactly(Amount.ZERO, Amount.of("24000.00"), Amount.of("24000.00"));
    }

    @Test
    @DisplayName("D5 A1: expenses above the forecast never raise the subsidy of the period")
    void d5_a1_never_raised() {
        PeriodSettlement settled = PeriodSettlement.settle(threeYearsOfAdvances(), Amount.of(400_000), KeepUnspentClause.none());

        assertThat(settled.period().finalSubsidy()).isEqualTo(Amount.of("90000.00"));
        assertThat(settled.period().balanceDue()).isEqualTo(Amount.of("18000.00"));
        assertThat(settled.years()).extracting(Settlement::balanceDue)
                .containsExactly(Amount.of("6000.00"), Amount.of("6000.00"), Amount.of("6000.00"));
    }

    @Test
    @DisplayName("D5 A4: a 5 % keep-unspent clause is taken on the total granted: pro rata 81 000 + kept 4 500 = 85 500,00 €")
    void d5_a4_the_keep_unspent_clause_applies_to_the_period() {
        PeriodSettlement settled = PeriodSettlement.settle(threeYearsOfAdvances(), Amount.of(270_000),
                KeepUnspentClause.rate(Rate.ofPercent("5")));

        assertThat(settled.period().proRataSubsidy()).isEqualTo(Amount.of("81000.00"));
        assertThat(settled.period().kept()).isEqualTo(Amount.of("4500.00"));
        assertThat(settled.period().finalSubsidy()).isEqualTo(Amount.of("85500.00"));
        assertThat(settled.period().balanceDue()).isEqualTo(Amount.of("13500.00"));
    }
}
