package fr.conventio.domain.settlement;

import static fr.conventio.domain.PropertyTesting.forAll;
import static fr.conventio.domain.PropertyTesting.longsBetween;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.conventio.domain.shared.Amount;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class SettlementPolicyProperties {

    /** QuickTheories skips a draw it has already checked (a bound drawn twice), so it draws more. */

    private static final long MAX_VOTED = 100_000_000_00L;
    private static final long MAX_BUDGET = 1_000_000_000_00L;

    record Case(long votedCents, long forecastCents, long realCents, long paidCents) {
    }

    /**
     * Voted and paid amounts in [0, MAX_VOTED] with paid at most voted, forecast in [1, MAX_BUDGET],
     * real in [0, MAX_BUDGET]. Two independent draws put in order (the smaller one paid) give the
     * pairs with paid at most voted without discarding any draw.
     */
    private static Gen<Case> casesWithPaidAtMostVoted() {
        return longsBetween(0, MAX_VOTED).zip(longsBetween(0, MAX_VOTED), longsBetween(1, MAX_BUDGET), longsBetween(0, MAX_BUDGET),
                (x, y, forecast, real) -> new Case(Math.max(x, y), forecast, real, Math.min(x, y)));
    }

    @Test
    void a1_settlement_never_raises_the_subsidy() {
        forAll(casesWithPaidAtMostVoted(), c -> {
            Settlement settlement = settle(c.votedCents(), c.forecastCents(), c.realCents(), c.paidCents());

            assertThat(settlement.finalSubsidy()).isLessThanOrEqualTo(Amount.ofCents(c.votedCents()));
            if (c.realCents() >= c.forecastCents()) {
                assertThat(settlement.finalSubsidy()).isEqualTo(Amount.ofCents(c.votedCents()));
            }
        });
    }

    @Test
    void a1_balance_plus_paid_is_final_or_final_plus_overpayment_is_paid() {
        forAll(casesWithPaidAtMostVoted(), c -> {
            Settlement s = settle(c.votedCents(), c.forecastCents(), c.realCents(), c.paidCents());

            if (s.isOverpaid()) {
                assertThat(s.balanceDue()).isEqualTo(Amount.ZERO);
                assertThat(s.finalSubsidy().plus(s.overpayment())).isEqualTo(s.alreadyPaid());
            } else {
                assertThat(s.balanceDue().plus(s.alreadyPaid())).isEqualTo(s.finalSubsidy());
            }
        });
    }

    @Test
    void a1_rounding_is_stable_same_inputs_same_cents() {
        Gen<Case> cases = longsBetween(0, MAX_VOTED).zip(longsBetween(1, MAX_BUDGET), longsBetween(0, MAX_BUDGET),
                (voted, forecast, real) -> new Case(voted, forecast, real, 0));
        forAll(cases, c -> {
            long votedCents = c.votedCents();
            long forecastCents = c.forecastCents();
            long realCents = c.realCents();
            Settlement first = settle(votedCents, forecastCents, realCents, 0);
            Settlement second = settle(votedCents, forecastCents, realCents, 0);

            assertThat(second).isEqualTo(first);
            assertThat(first.finalSubsidy().value().scale()).isEqualTo(2);
            // never more than half a cent away from the exact pro rata
            if (realCents < forecastCents) {
                java.math.BigDecimal exact = java.math.BigDecimal.valueOf(votedCents)
                        .multiply(java.math.BigDecimal.valueOf(realCents))
                        .divide(java.math.BigDecimal.valueOf(forecastCents), 10, java.math.RoundingMode.HALF_UP);
                assertThat(java.math.BigDecimal.valueOf(first.finalSubsidy().cents()).subtract(exact).abs())
                        .isLessThanOrEqualTo(new java.math.BigDecimal("0.5"));
            }
        });
    }

    private static Settlement settle(long voted, long forecast, long real, long paid) {
        return SettlementPolicy.settle(Amount.ofCents(voted), Amount.ofCents(forecast), Amount.ofCents(real), Amount.ofCents(paid));
    }


}
