package fr.conventio.domain.shared;

import static fr.conventio.domain.PropertyTesting.forAll;
import static fr.conventio.domain.PropertyTesting.longsBetween;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

class AmountProperties {

    record TwoAmounts(Amount a, Amount b) {
    }

    record WithRatio(Amount base, long num, long den) {
    }

    private static Gen<Amount> amounts() {
        return longsBetween(0, 10_000_000_00L).map(Amount::ofCents);
    }

    @Test
    void plus_then_minus_gives_back_the_original() {
        forAll(amounts().zip(amounts(), TwoAmounts::new), c -> {
            Amount a = c.a();
            Amount b = c.b();
            assertThat(a.plus(b).minus(b)).isEqualTo(a);
            assertThat(a.plus(b)).isEqualTo(b.plus(a));
        });
    }

    @Test
    void prorata_never_exceeds_the_base_when_numerator_at_most_denominator() {
        forAll(amounts().zip(longsBetween(0, 100_000_000), longsBetween(1, 100_000_000),
                (base, x, y) -> new WithRatio(base, Math.min(x, y), Math.max(x, y))), c -> {
            Amount part = c.base().prorata(BigDecimal.valueOf(c.num()), BigDecimal.valueOf(c.den()));
            assertThat(part).isLessThanOrEqualTo(c.base());
        });
    }

    /**
     * The pro rata is the exact value rounded half-up to the cent (RULES.md preamble), computed here on
     * whole cents: cents × num = q × den + r, so the exact value is q + r / den cents and rounds up when
     * r / den ≥ 1/2. (With den ≤ 10^6 the exact value is never closer than 1 / (2 den) cent to a half
     * cent, far more than the 10^-12 € the policy's intermediate ratio keeps: it cannot round differently.)
     */
    @Test
    void prorata_is_the_exact_value_rounded_half_up_to_the_cent() {
        forAll(amounts().zip(longsBetween(0, 1_000_000), longsBetween(1, 1_000_000), WithRatio::new), c -> {
            BigInteger[] exact = BigInteger.valueOf(c.base().cents()).multiply(BigInteger.valueOf(c.num()))
                    .divideAndRemainder(BigInteger.valueOf(c.den()));
            long expected = exact[0].longValueExact() + (exact[1].shiftLeft(1).compareTo(BigInteger.valueOf(c.den())) >= 0 ? 1 : 0);

            Amount part = c.base().prorata(BigDecimal.valueOf(c.num()), BigDecimal.valueOf(c.den()));

            assertThat(part.cents()).isEqualTo(expected);
            assertThat(part.prorata(BigDecimal.ONE, BigDecimal.ONE)).isEqualTo(part);
        });
    }

    @Test
    void cents_round_trip() {
        forAll(longsBetween(0, 10_000_000_00L), cents -> assertThat(Amount.ofCents(cents).cents()).isEqualTo(cents));
    }

    record Sharing(long cents, List<Long> weights) {
    }

    /** Amounts of up to 10 000 000,00 € shared over 1 to 6 weights of up to 10 000 000,00 €, at least one positive. */
    private static Gen<Sharing> sharings() {
        return longsBetween(0, 10_000_000_00L).zip(lists().of(longsBetween(0, 10_000_000_00L)).ofSizeBetween(1, 6),
                (cents, weights) -> new Sharing(cents, weights.stream().allMatch(w -> w == 0)
                        ? java.util.stream.Stream.concat(java.util.stream.Stream.of(1L), weights.stream().skip(1)).toList()
                        : weights));
    }

    @Test
    void apportion_parts_add_up_to_the_amount_each_within_a_cent_of_its_exact_share_leftover_cents_to_the_largest_remainders() {
        forAll(sharings(), c -> {
            Amount amount = Amount.ofCents(c.cents());
            List<Amount> weights = c.weights().stream().map(Amount::ofCents).toList();
            BigInteger total = BigInteger.valueOf(c.weights().stream().mapToLong(Long::longValue).sum());

            List<Amount> parts = amount.apportion(weights);

            assertThat(parts).hasSameSizeAs(weights);
            assertThat(Amount.sum(parts)).isEqualTo(amount);
            int n = parts.size();
            boolean[] roundedUp = new boolean[n];
            BigInteger[] dropped = new BigInteger[n];
            for (int i = 0; i < n; i++) {
                // the exact share is cents × weight / total cents: its whole cents, and the fraction dropped (over total)
                BigInteger[] exact = BigInteger.valueOf(c.cents()).multiply(BigInteger.valueOf(c.weights().get(i))).divideAndRemainder(total);
                dropped[i] = exact[1];
                long part = parts.get(i).cents();
                assertThat(part).as("part %d within a cent of its exact share %s + %s/%s", i, exact[0], exact[1], total)
                        .isBetween(exact[0].longValueExact(), exact[0].longValueExact() + (exact[1].signum() > 0 ? 1 : 0));
                roundedUp[i] = part > exact[0].longValueExact();
                if (!amount.isGreaterThan(Amount.sum(weights))) {
                    assertThat(parts.get(i)).isLessThanOrEqualTo(weights.get(i));
                }
            }
            // the leftover cents went to the largest dropped fractions: none left behind is larger than one served
            for (int up = 0; up < n; up++) {
                for (int down = 0; down < n; down++) {
                    if (roundedUp[up] && !roundedUp[down]) {
                        assertThat(dropped[up]).isGreaterThanOrEqualTo(dropped[down]);
                    }
                }
            }
        });
    }
}
