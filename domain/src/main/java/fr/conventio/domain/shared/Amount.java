package fr.conventio.domain.shared;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A non-negative sum of euros with cents, on {@link BigDecimal}, always at scale 2 so that
 * {@code equals} works ({@code 80000} equals {@code 80000.00}). Values given with more than two
 * decimals are refused (a typed amount is never silently rounded); computed values go through
 * {@link #prorata(BigDecimal, BigDecimal)} or {@link #percent(Rate)}, which apply the
 * {@link RoundingPolicy}; a cap goes through {@link #percentAtMost(Rate)} (rounded down) and a
 * sharing-out through {@link #apportion(List)} (largest remainder). Subtraction that would go below zero is refused: use
 * {@link #minusOrZero(Amount)} or compare first.
 */
public record Amount(BigDecimal value) implements Comparable<Amount> {

    public static final Amount ZERO = new Amount(BigDecimal.ZERO);

    public Amount {
        Objects.requireNonNull(value, "montant : valeur absente");
        if (value.signum() < 0) {
            throw new InvalidValueException("montant", "un montant ne peut pas être négatif (" + FrenchFormat.decimal(value) + " €)");
        }
        if (value.stripTrailingZeros().scale() > RoundingPolicy.MONEY_SCALE) {
            throw new InvalidValueException("montant",
                    "un montant a au plus deux décimales (centimes) : " + FrenchFormat.decimal(value) + " €");
        }
        value = value.setScale(RoundingPolicy.MONEY_SCALE, RoundingPolicy.MODE);
    }

    /** Parses "80000", "80000.5" or "936301.50". */
    public static Amount of(String euros) {
        Objects.requireNonNull(euros, "montant : valeur absente");
        try {
            return new Amount(new BigDecimal(euros.trim()));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("montant", "« " + euros + " » n'est pas un montant en euros");
        }
    }

    public static Amount of(long euros) {
        return new Amount(BigDecimal.valueOf(euros));
    }

    public static Amount ofCents(long cents) {
        return new Amount(BigDecimal.valueOf(cents, 2));
    }

    /** The sum of the given amounts (zero for none). */
    public static Amount sum(Collection<Amount> amounts) {
        return amounts.stream().reduce(ZERO, Amount::plus);
    }

    public Amount plus(Amount other) {
        return new Amount(value.add(other.value));
    }

    /** Subtracts; refuses a result below zero. */
    public Amount minus(Amount other) {
        if (other.isGreaterThan(this)) {
            throw new InvalidValueException("montant",
                    "soustraction impossible : " + other + " est supérieur à " + this);
        }
        return new Amount(value.subtract(other.value));
    }

    /** Subtracts, floored at zero. */
    public Amount minusOrZero(Amount other) {
        return other.isGreaterThan(this) ? ZERO : new Amount(value.subtract(other.value));
    }

    /** This × numerator / denominator, rounded to the cent by the {@link RoundingPolicy}. */
    public Amount prorata(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() <= 0) {
            throw new InvalidValueException("dénominateur", "le prorata exige un dénominateur strictement positif");
        }
        if (numerator.signum() < 0) {
            throw new InvalidValueException("numérateur", "le prorata exige un numérateur positif ou nul");
        }
        return new Amount(RoundingPolicy.toCents(value.multiply(numerator).divide(denominator, RoundingPolicy.RATIO_SCALE, RoundingPolicy.MODE)));
    }

    /** This × numerator / denominator with amounts (e.g. subsidy × real / forecast). */
    public Amount prorata(Amount numerator, Amount denominator) {
        return prorata(numerator.value, denominator.value);
    }

    /** This × rate, rounded to the cent (e.g. 80 % of 80,000.00 = 64,000.00). */
    public Amount percent(Rate rate) {
        return new Amount(RoundingPolicy.toCents(value.multiply(rate.fraction())));
    }

    /** This × rate as a cap, rounded down to the cent: never above the exact product (V1: 80 % of 1 234,57 € is at most 987,65 €). */
    public Amount percentAtMost(Rate rate) {
        return new Amount(RoundingPolicy.capToCents(value.multiply(rate.fraction())));
    }

    /**
     * This amount shared out in proportion to {@code weights}, by the largest remainder of the
     * {@link RoundingPolicy}: one part per weight, in the same order, adding up exactly to this amount;
     * when this amount is at most the sum of the weights, no part exceeds its weight.
     */
    public List<Amount> apportion(List<Amount> weights) {
        long[] cents = RoundingPolicy.apportionCents(cents(), weights.stream().mapToLong(Amount::cents).toArray());
        return Arrays.stream(cents).mapToObj(Amount::ofCents).toList();
    }

    /** The share this amount is of {@code whole}, as a percentage with two decimals (B2). */
    public Rate shareOf(Amount whole) {
        if (whole.isZero()) {
            throw new InvalidValueException("montant", "impossible de calculer une part d'un total nul");
        }
        return Rate.ofPercent(RoundingPolicy.toPercent(RoundingPolicy.ratio(value.multiply(BigDecimal.valueOf(100)), whole.value)));
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    public boolean isGreaterThan(Amount other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Amount other) {
        return compareTo(other) < 0;
    }

    public Amount min(Amount other) {
        return isGreaterThan(other) ? other : this;
    }

    public long cents() {
        return value.movePointRight(2).longValueExact();
    }

    @Override
    public int compareTo(Amount other) {
        return value.compareTo(other.value);
    }

    /**
     * French form for messages to staff, e.g. "80 000,00 €" (see {@link FrenchFormat}); use
     * {@code value().toPlainString()} for a technical form.
     */
    @Override
    public String toString() {
        return FrenchFormat.amount(this);
    }
}
