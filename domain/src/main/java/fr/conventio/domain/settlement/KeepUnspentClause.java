package fr.conventio.domain.settlement;

import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.shared.Rate;

import java.util.Objects;

/**
 * The keep-unspent clause of an agreement (A4, loi 2000-321 art. 10 as amended by loi 2021-875): the limit up to
 * which the association keeps a subsidy it did not fully use, as a rate of the subsidy or as an amount; or no
 * such clause ({@link Kind#NONE}, the default: A1 applies as is). The limit of a rate is rounded down to the cent
 * (it is a cap). Build it with {@link #none()}, {@link #rate(Rate)} or {@link #amount(Amount)}.
 *
 * @param kind   none, rate or amount
 * @param rate   the rate of the subsidy kept at most, strictly positive, only for {@link Kind#RATE}
 * @param amount the amount kept at most, strictly positive, only for {@link Kind#AMOUNT}
 */
public record KeepUnspentClause(Kind kind, Rate rate, Amount amount) {

    /** The forms of the clause. */
    public enum Kind {
        NONE("aucune"),
        RATE("taux"),
        AMOUNT("montant");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final KeepUnspentClause NONE = new KeepUnspentClause(Kind.NONE, null, null);

    public KeepUnspentClause {
        Checks.require("clause de conservation", kind);
        switch (kind) {
            case NONE -> {
                if (rate != null || amount != null) {
                    throw new InvalidValueException("clause de conservation", "sans clause, ni taux ni montant");
                }
            }
            case RATE -> {
                Checks.require("clause de conservation (taux)", rate);
                if (rate.compareTo(Rate.ZERO) <= 0) {
                    throw new InvalidValueException("clause de conservation (taux)", "le taux conservé doit être supérieur à 0 %");
                }
                if (amount != null) {
                    throw new InvalidValueException("clause de conservation", "une clause en taux n'a pas de montant");
                }
            }
            case AMOUNT -> {
                Checks.require("clause de conservation (montant)", amount);
                if (amount.isZero()) {
                    throw new InvalidValueException("clause de conservation (montant)", "le montant conservé doit être supérieur à 0,00 €");
                }
                if (rate != null) {
                    throw new InvalidValueException("clause de conservation", "une clause en montant n'a pas de taux");
                }
            }
        }
    }

    /** No clause: A1 applies as is. */
    public static KeepUnspentClause none() {
        return NONE;
    }

    /** Keeps at most {@code rate} of the subsidy. */
    public static KeepUnspentClause rate(Rate rate) {
        return new KeepUnspentClause(Kind.RATE, rate, null);
    }

    /** Keeps at most {@code amount}. */
    public static KeepUnspentClause amount(Amount amount) {
        return new KeepUnspentClause(Kind.AMOUNT, null, amount);
    }

    public boolean isNone() {
        return kind == Kind.NONE;
    }

    /** The most the association may keep of {@code subsidy} (A4): zero without clause; a rate's limit rounded down. */
    public Amount limit(Amount subsidy) {
        Objects.requireNonNull(subsidy, "clause de conservation : subvention absente");
        return switch (kind) {
            case NONE -> Amount.ZERO;
            case RATE -> subsidy.percentAtMost(rate);
            case AMOUNT -> amount;
        };
    }

    /** What the association keeps of an unspent part (A4): the smaller of the unspent part and the limit. */
    public Amount kept(Amount unspent, Amount subsidy) {
        return unspent.min(limit(subsidy));
    }

    /** In plain French, e.g. « aucune », « 5 % de la subvention », « 4 000,00 € ». */
    public String describe() {
        return switch (kind) {
            case NONE -> "aucune";
            case RATE -> rate + " de la subvention";
            case AMOUNT -> fr.conventio.domain.shared.FrenchFormat.amount(amount);
        };
    }
}
