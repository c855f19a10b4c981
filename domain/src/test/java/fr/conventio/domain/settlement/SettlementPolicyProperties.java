package fr.conventio.domain.settlement;

import static fr.conventio.domain.PropertyTesting.forAll;
import static fr.conventio.domain.PropertyTesting.longsBetween;
import static org.assertj.core.api.Assertions.assertThat;


import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.Rate;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A1 on random figures. What the {@link Settlement} record checks itself (final never above the voted
 * subsidy, paid + balance = final + overpayment, never both a balance and an overpayment) is not
 * restated here: these properties check the figures the policy computes.
 */
class SettlementPolicyProperties {

    private static final long MAX_VOTED = 100_000_000_00L;
    /** Forecast and real expenses up to 10 000 000,00 €: the exact pro rata is then never closer to a half cent than the policy's intermediate ratio can see. */
    private static final long MAX_BUDGET = 10_000_000_00L;

    record Case(long votedCents, long forecastCents, long realCents, long paidCents) {
    }

    /**
     * Voted and paid amounts in [0, MAX_VOTED] with paid at most voted, forecast in [1, MAX_BUDGET],
     * real in [0, MAX_BUDGET]. Two independent draws put in order (the smaller one paid) give the
     * pairs with paid at most voted without discarding any draw.
     */
    private static Gen<Case> casesWithPaidAtMostVoted() {
        Gen<Case> any = longsBetween(0, MAX_VOTED).zip(longsBetween(0, MAX_VOTED), longsBetween(1, MAX_BUDGET), longsBetween(0, MAX_BUDGET),
                (x, y, forecast, real) -> new Case(Math.max(x, y), forecast, real, Math.min(x, y)));
        return Generate.frequency(List.of(Pair.of(4, any), Pair.of(1, halfCents())));
    }

    /** Real expenses at half the forecast and an odd voted subsidy: the exact pro rata ends in half a cent (a tie). */
    private static Gen<Case> halfCents() {
        return longsBetween(0, MAX_VOTED / 2 - 1).zip(longsBetween(1, MAX_BUDGET / 2), longsBetween(0, MAX_VOTED),
                (j, k, paid) -> new Case(2 * j + 1, 2 * k, k, Math.min(paid, 2 * j + 1)));
    }

    /**
     * The final subsidy is the voted one when the real expenses reach the forecast, otherwise voted × real
     * / forecast rounded half-up to the cent, computed here on whole cents; what was paid never changes it.
     * (Given the final subsidy, the balance and the overpayment are fixed by the record's own checks.)
     */
    @Test
    void a1_the_final_subsidy_is_the_pro_rata_of_the_real_expenses_rounded_half_up_never_more_than_voted() {
        forAll(casesWithPaidAtMostVoted(), c -> {
            long expected = c.realCents() >= c.forecastCents() ? c.votedCents() : halfUp(c.votedCents(), c.realCents(), c.forecastCents());

            Settlement settlement = settle(c.votedCents(), c.forecastCents(), c.realCents(), c.paidCents());

            assertThat(settlement.finalSubsidy().cents()).isEqualTo(expected);
        });
    }

    /**
     * A4: with a clause (a rate in hundredths of a percent, or an amount), the final subsidy is never above the
     * subsidy, never below the pro-rata final of A1, and exceeds it by exactly the smaller of the unspent part and
     * the clause's limit.
     */
    @Test
    void a4_the_final_subsidy_is_never_above_the_subsidy_nor_below_the_pro_rata() {
        forAll(casesWithPaidAtMostVoted().zip(longsBetween(0, 2), longsBetween(1, 10_000), longsBetween(1, MAX_VOTED), ClauseCase::new), c -> {
            KeepUnspentClause clause = switch ((int) c.kind()) {
                case 0 -> KeepUnspentClause.none();
                case 1 -> KeepUnspentClause.rate(Rate.ofPercent(java.math.BigDecimal.valueOf(c.rateHundredths(), 2)));
                default -> KeepUnspentClause.amount(Amount.ofCents(c.amountCents()));
            };
            Case f = c.figures();
            Settlement withClause = SettlementPolicy.settle(Amount.ofCents(f.votedCents()), Amount.ofCents(f.forecastCents()),
                    Amount.ofCents(f.realCents()), Amount.ofCents(f.paidCents()), clause);
            Settlement proRata = settle(f.votedCents(), f.forecastCents(), f.realCents(), f.paidCents());

            assertThat(withClause.finalSubsidy().cents()).isLessThanOrEqualTo(f.votedCents())
                    .isGreaterThanOrEqualTo(proRata.finalSubsidy().cents());
            assertThat(withClause.proRataSubsidy()).isEqualTo(proRata.finalSubsidy());
            assertThat(withClause.kept()).isEqualTo(withClause.unspent().min(clause.limit(Amount.ofCents(f.votedCents()))));
        });
    }

    record ClauseCase(Case figures, long kind, long rateHundredths, long amountCents) {
    }

    /** votedCents × realCents / forecastCents, rounded half-up to a whole cent. */
    private static long halfUp(long votedCents, long realCents, long forecastCents) {
        BigInteger[] exact = BigInteger.valueOf(votedCents).multiply(BigInteger.valueOf(realCents))
                .divideAndRemainder(BigInteger.valueOf(forecastCents));
        return exact[0].longValueExact() + (exact[1].shiftLeft(1).compareTo(BigInteger.valueOf(forecastCents)) >= 0 ? 1 : 0);
    }

    private static Settlement settle(long voted, long forecast, long real, long paid) {
        return SettlementPolicy.settle(Amount.ofCents(voted), Amount.ofCents(forecast), Amount.ofCents(real), Amount.ofCents(paid));
    }
}
