package fr.conventio.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class AmountProperties {

    @Provide
    Arbitrary<Amount> amounts() {
        return Arbitraries.longs().between(0, 10_000_000_00L).map(Amount::ofCents);
    }

    @Property
    void plus_then_minus_gives_back_the_original(@ForAll("amounts") Amount a, @ForAll("amounts") Amount b) {
        assertThat(a.plus(b).minus(b)).isEqualTo(a);
        assertThat(a.plus(b)).isEqualTo(b.plus(a));
    }

    @Property
    void scale_is_always_two(@ForAll("amounts") Amount a, @ForAll("amounts") Amount b,
                             @ForAll @LongRange(min = 0, max = 1000) long num, @ForAll @LongRange(min = 1, max = 1000) long den) {
        assertThat(a.value().scale()).isEqualTo(2);
        assertThat(a.plus(b).value().scale()).isEqualTo(2);
        assertThat(a.minusOrZero(b).value().scale()).isEqualTo(2);
        assertThat(a.prorata(BigDecimal.valueOf(num), BigDecimal.valueOf(den)).value().scale()).isEqualTo(2);
        assertThat(a.percent(Rate.ofPercent(BigDecimal.valueOf(num % 101))).value().scale()).isEqualTo(2);
    }

    @Property
    void prorata_never_exceeds_the_base_when_numerator_at_most_denominator(
            @ForAll("amounts") Amount base, @ForAll @LongRange(min = 0, max = 100_000_000) long x,
            @ForAll @LongRange(min = 1, max = 100_000_000) long y) {
        long numerator = Math.min(x, y);
        long denominator = Math.max(x, y);
        Amount part = base.prorata(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
        assertThat(part).isLessThanOrEqualTo(base);
    }

    @Property
    void prorata_is_the_exact_value_rounded_half_up_and_rounding_is_stable(
            @ForAll("amounts") Amount base, @ForAll @LongRange(min = 0, max = 1_000_000) long num,
            @ForAll @LongRange(min = 1, max = 1_000_000) long den) {
        Amount part = base.prorata(BigDecimal.valueOf(num), BigDecimal.valueOf(den));
        BigDecimal exact = base.value().multiply(BigDecimal.valueOf(num))
                .divide(BigDecimal.valueOf(den), 30, RoundingMode.HALF_UP);
        // within half a cent of the exact value
        assertThat(part.value().subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
        // rounding an already rounded value changes nothing
        assertThat(new Amount(RoundingPolicy.toCents(part.value()))).isEqualTo(part);
        assertThat(part.prorata(BigDecimal.ONE, BigDecimal.ONE)).isEqualTo(part);
    }

    @Property
    void equal_values_at_any_scale_are_equal(@ForAll("amounts") Amount a) {
        Amount sameAtScaleOne = new Amount(a.value().setScale(4).stripTrailingZeros());
        assertThat(sameAtScaleOne).isEqualTo(a).hasSameHashCodeAs(a);
    }

    @Property
    void cents_round_trip(@ForAll @LongRange(min = 0, max = 10_000_000_00L) long cents) {
        assertThat(Amount.ofCents(cents).cents()).isEqualTo(cents);
    }
}
