package fr.conventio.domain.settlement;

import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.FrenchFormat;
import fr.conventio.domain.shared.InvalidValueException;

/**
 * Settles a subsidy on the real justified expenses (A1, Art. 4.4): when they are lower than the
 * forecast eligible expenses, final = subsidy × real / forecast, rounded to the cent by the
 * {@link fr.conventio.domain.shared.RoundingPolicy} (through {@link Amount#prorata}); when they are
 * equal or higher, the subsidy stays as voted (it is never raised). Then the balance due is
 * final − paid and the overpayment paid − final, each floored at zero.
 *
 * <p>With a keep-unspent clause (A4), the unspent part is subsidy − pro-rata final; the association keeps the
 * smaller of that part and the clause's limit, and the final subsidy is the pro-rata final plus what it keeps
 * (seed, 5 % clause, real 936 301,50 €: pro rata 72 000,00 €, unspent 8 000,00 €, kept 4 000,00 €, final
 * 76 000,00 €). The final subsidy therefore never exceeds the subsidy and is never below the pro-rata final.
 */
public final class SettlementPolicy {

    private SettlementPolicy() {
    }

    /**
     * @param votedSubsidy     the subsidy voted (or as last set by a funding decision, A3)
     * @param forecastExpenses the forecast eligible expenses of the forecast budget (B1), strictly positive
     * @param realExpenses     the real justified expenses of the final income statement
     * @param alreadyPaid      what the association has received so far (cancelled payments excluded)
     */
    public static Settlement settle(Amount votedSubsidy, Amount forecastExpenses, Amount realExpenses, Amount alreadyPaid) {
        return settle(votedSubsidy, forecastExpenses, realExpenses, alreadyPaid, KeepUnspentClause.none());
    }

    /**
     * As {@link #settle(Amount, Amount, Amount, Amount)}, then A4: what the association keeps of the unspent part
     * under {@code clause} is added to the pro-rata final.
     */
    public static Settlement settle(Amount votedSubsidy, Amount forecastExpenses, Amount realExpenses, Amount alreadyPaid,
                                    KeepUnspentClause clause) {
        if (clause == null) {
            throw new InvalidValueException("clause de conservation", "valeur absente");
        }
        if (votedSubsidy == null || forecastExpenses == null || realExpenses == null || alreadyPaid == null) {
            throw new InvalidValueException("liquidation", "subvention, dépenses prévisionnelles, dépenses réelles et montant versé sont requis");
        }
        if (forecastExpenses.isZero()) {
            throw new InvalidValueException("dépenses prévisionnelles", "les dépenses éligibles prévisionnelles sont nulles : aucun prorata possible");
        }
        if (alreadyPaid.isGreaterThan(votedSubsidy)) {
            throw new InvalidValueException("montant versé", "le montant versé (" + FrenchFormat.amount(alreadyPaid)
                    + ") dépasse la subvention votée (" + FrenchFormat.amount(votedSubsidy) + ")");
        }
        Amount proRata = realExpenses.isLessThan(forecastExpenses)
                ? votedSubsidy.prorata(realExpenses, forecastExpenses)
                : votedSubsidy;
        Amount kept = clause.kept(votedSubsidy.minusOrZero(proRata), votedSubsidy);
        Amount finalSubsidy = proRata.plus(kept);
        return new Settlement(votedSubsidy, forecastExpenses, realExpenses, alreadyPaid, finalSubsidy,
                finalSubsidy.minusOrZero(alreadyPaid), alreadyPaid.minusOrZero(finalSubsidy), proRata, kept);
    }
}
