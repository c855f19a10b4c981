package fr.conventio.domain.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.domain.shared.Amount;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class SettlementPolicyProperties {

    @Property
    void a1_settlement_never_raises_the_subsidy(
            @ForAll @LongRange(min = 0, max = 100_000_000_00L) long votedCents,
            @ForAll @LongRange(min = 1, max = 1_000_000_000_00L) long forecastCents,
            @ForAll @LongRange(min = 0, max = 1_000_000_000_00L) long realCents,
            @ForAll @LongRange(min = 0, max = 100_000_000_00L) long paidCents) {
        Assume.that(paidCents <= votedCents);
        Settlement settlement = settle(votedCents, forecastCents, realCents, paidCents);

        assertThat(settlement.finalSubsidy()).isLessThanOrEqualTo(Amount.ofCents(votedCents));
        if (realCents >= forecastCents) {
            assertThat(settlement.finalSubsidy()).isEqualTo(Amount.ofCents(votedCents));
        }
    }

    @Property
    void a1_balance_plus_paid_is_final_or_final_plus_overpayment_is_paid(
            @ForAll @LongRange(min = 0, max = 100_000_000_00L) long votedCents,
            @ForAll @LongRange(min = 1, max = 1_000_000_000_00L) long forecastCents,
            @ForAll @LongRange(min = 0, max = 1_000_000_000_00L) long realCents,
            @ForAll @LongRange(min = 0, max = 100_000_000_00L) long paidCents) {
        Assume.that(paidCents <= votedCents);
        Settlement s = settle(votedCents, forecastCents, realCents, paidCents);

        if (s.isOverpaid()) {
            assertThat(s.balanceDue()).isEqualTo(Amount.ZERO);
            assertThat(s.finalSubsidy().plus(s.overpayment())).isEqualTo(s.alreadyPaid());
        } else {
            assertThat(s.balanceDue().plus(s.alreadyPaid())).isEqualTo(s.finalSubsidy());
        }
    }

    @Property
    void a1_rounding_is_stable_same_inputs_same_cents(
            @ForAll @LongRange(min = 0, max = 100_000_000_00L) long votedCents,
            @ForAll @LongRange(min = 1, max = 1_000_000_000_00L) long forecastCents,
            @ForAll @LongRange(min = 0, max = 1_000_000_000_00L) long realCents) {
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
    }

    private static Settlement settle(long voted, long forecast, long real, long paid) {
        return SettlementPolicy.settle(Amount.ofCents(voted), Amount.ofCents(forecast), Amount.ofCents(real), Amount.ofCents(paid));
    }
}
