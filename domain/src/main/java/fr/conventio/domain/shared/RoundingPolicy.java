package fr.conventio.domain.shared;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The one rounding policy of Conventio (RULES.md, preamble): every computed amount is rounded
 * half-up to the cent; every percentage shown to staff is rounded half-up to two decimals.
 * Intermediate ratios keep {@link #RATIO_SCALE} decimals before the final rounding. Two exceptions,
 * named here too:
 * <ul>
 *   <li>a cap ("at most", V1) is never exceeded by rounding: it is rounded down to the cent
 *       ({@link #capToCents});</li>
 *   <li>an amount shared out in proportion to weights (the final subsidy over the budget lines, B4)
 *       is split by the largest remainder: each part is the exact share rounded down, and the cents
 *       left go one by one to the parts with the largest dropped fractions (the first such part on a
 *       tie), so that the parts add up exactly to the amount and none exceeds its weight
 *       ({@link #apportionCents}).</li>
 * </ul>
 */
public final class RoundingPolicy {

    /** Euros have two decimals (cents). */
    public static final int MONEY_SCALE = 2;
    /** Percentages are shown with two decimals. */
    public static final int PERCENT_SCALE = 2;
    /** Scale of intermediate ratios (never shown). */
    public static final int RATIO_SCALE = 12;
    /** Half-up, as French public accounting does. */
    public static final RoundingMode MODE = RoundingMode.HALF_UP;

    private RoundingPolicy() {
    }

    /** Rounds a computed euro value to the cent. */
    public static BigDecimal toCents(BigDecimal value) {
        return value.setScale(MONEY_SCALE, MODE);
    }

    /** Rounds a cap down to the cent: the largest amount in cents that is not above {@code value} (V1). */
    public static BigDecimal capToCents(BigDecimal value) {
        return value.setScale(MONEY_SCALE, RoundingMode.DOWN);
    }

    /**
     * Shares {@code cents} out in proportion to {@code weights} (all in cents, at least one positive
     * weight unless {@code cents} is zero) by the largest remainder; the parts add up to {@code cents}.
     */
    public static long[] apportionCents(long cents, long[] weights) {
        long total = 0;
        for (long weight : weights) {
            if (weight < 0) {
                throw new InvalidValueException("répartition", "un poids de répartition ne peut pas être négatif");
            }
            total += weight;
        }
        long[] parts = new long[weights.length];
        if (cents == 0) {
            return parts;
        }
        if (cents < 0 || total == 0) {
            throw new InvalidValueException("répartition", "impossible de répartir " + cents + " centimes sur des poids nuls");
        }
        BigInteger whole = BigInteger.valueOf(total);
        BigInteger[] remainders = new BigInteger[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] division = BigInteger.valueOf(cents).multiply(BigInteger.valueOf(weights[i]))
                    .divideAndRemainder(whole);
            parts[i] = division[0].longValueExact();
            remainders[i] = division[1];
            given += parts[i];
        }
        for (long left = cents - given; left > 0; left--) {
            int best = -1;
            for (int i = 0; i < weights.length; i++) {
                if (remainders[i].signum() > 0 && (best < 0 || remainders[i].compareTo(remainders[best]) > 0)) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = BigInteger.ZERO;
        }
        return parts;
    }

    /** Rounds a computed percentage (e.g. 7.6899...) to two decimals. */
    public static BigDecimal toPercent(BigDecimal percent) {
        return percent.setScale(PERCENT_SCALE, MODE);
    }

    /** Divides keeping {@link #RATIO_SCALE} decimals, for intermediate ratios. */
    public static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, RATIO_SCALE, MODE);
    }
}
