package fr.conventio.domain.shared;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A percentage between 0 and 100 inclusive, e.g. the advance rate (80 %) or the share of
 * cost (7.69 %). Kept as the percent value ({@code 80}, {@code 7.69}), normalised so that
 * {@code equals} ignores trailing zeros.
 */
public record Rate(BigDecimal percent) implements Comparable<Rate> {

    public static final Rate ZERO = new Rate(BigDecimal.ZERO);
    public static final Rate HUNDRED = new Rate(BigDecimal.valueOf(100));

    public Rate {
        Objects.requireNonNull(percent, "taux : valeur absente");
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidValueException("taux", "un taux est compris entre 0 et 100 % : " + FrenchFormat.decimal(percent) + " %");
        }
        percent = percent.stripTrailingZeros();
        if (percent.scale() < 0) {
            percent = percent.setScale(0);
        }
    }

    public static Rate ofPercent(BigDecimal percent) {
        return new Rate(percent);
    }

    public static Rate ofPercent(String percent) {
        try {
            return new Rate(new BigDecimal(percent.trim()));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("taux", "« " + percent + " » n'est pas un pourcentage");
        }
    }

    public static Rate ofPercent(long percent) {
        return new Rate(BigDecimal.valueOf(percent));
    }

    /** The rate as a fraction of one (80 % → 0.8). */
    public BigDecimal fraction() {
        return percent.movePointLeft(2);
    }

    /** The rate with exactly two decimals, as staff see it (7.69, 80.00). */
    public BigDecimal percentTwoDecimals() {
        return RoundingPolicy.toPercent(percent);
    }

    @Override
    public int compareTo(Rate other) {
        return percent.compareTo(other.percent);
    }

    /** French form for messages to staff, e.g. "7,69 %". */
    @Override
    public String toString() {
        return FrenchFormat.rate(this);
    }
}
