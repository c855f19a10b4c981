package fr.conventio.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one rounding policy of Conventio (RULES.md, preamble): every computed amount is rounded
 * half-up to the cent; every percentage shown to staff is rounded half-up to two decimals.
 * Intermediate ratios keep {@link #RATIO_SCALE} decimals before the final rounding.
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

    /** Rounds a computed percentage (e.g. 7.6899...) to two decimals. */
    public static BigDecimal toPercent(BigDecimal percent) {
        return percent.setScale(PERCENT_SCALE, MODE);
    }

    /** Divides keeping {@link #RATIO_SCALE} decimals, for intermediate ratios. */
    public static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, RATIO_SCALE, MODE);
    }
}
