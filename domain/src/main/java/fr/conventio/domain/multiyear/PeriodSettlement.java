package fr.conventio.domain.multiyear;

import fr.conventio.domain.account.AgreementAccount;
import fr.conventio.domain.settlement.KeepUnspentClause;
import fr.conventio.domain.settlement.Settlement;
import fr.conventio.domain.settlement.SettlementPolicy;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.DomainException;

import java.util.ArrayList;
import java.util.List;

/**
 * D5 with A1: a CPO settled once at the end is settled over the whole period, on the last year's final income
 * statement. The final subsidy over the period is A1 applied to the totals ({@link SettlementPolicy}): the subsidies in
 * force of every year × real expenses of the period / forecast expenses of every year, never raised, plus what the
 * association keeps of the unspent part under the last year's keep-unspent clause (A4, its rate taken on the total
 * granted). The balance due, or the overpayment to recover (A2), is that final subsidy − everything the association
 * keeps of the payments on every year's agreement.
 *
 * <p>Worked: 3 years × 30 000 €, forecast 100 000 € a year, real 270 000 € over the period: final 90 000 × 270 000 /
 * 300 000 = 81 000,00 €; after three advances of 24 000,00 €, balance due 9 000,00 €.
 *
 * <p>Each year's agreement is then settled with its share of the period's final subsidy ({@link #years()}), so that each
 * keeps its own caps (V3: never above its subsidy; V4 and B4: on its own budget lines and year): every year starts
 * from what it keeps of its payments, and the difference with the period's final subsidy is booked on the last year
 * first, then, only for what does not fit within it (its subsidy above, zero below), on the years before, latest first.
 * In the worked example the last year takes 6 000,00 € of the balance (up to its 30 000 €) and year 2 the other
 * 3 000,00 €; an overpayment of 9 000,00 € is recovered on the last year alone.
 *
 * @param period the settlement over the period (totals), the one staff see and confirm
 * @param years  the settlement of each year's agreement, in the order of the accounts given
 */
public record PeriodSettlement(Settlement period, List<Settlement> years) {

    public PeriodSettlement {
        Checks.require("liquidation de la période", period);
        years = List.copyOf(Checks.copyOf("liquidation de chaque année", years));
    }

    /**
     * @param yearAccounts every year's account, in year order, the last year's last
     * @param realExpenses the real justified expenses of the whole period
     * @param clause       the keep-unspent clause of the last year's agreement (A4)
     */
    public static PeriodSettlement settle(List<AgreementAccount> yearAccounts, Amount realExpenses, KeepUnspentClause clause) {
        List<AgreementAccount> accounts = Checks.copyOf("comptes des années de la convention pluriannuelle", yearAccounts);
        if (accounts.size() < MultiYearPlan.MIN_YEARS) {
            throw new DomainException("liquidation sur la période : une convention pluriannuelle a au moins deux années");
        }
        List<Amount> caps = accounts.stream().map(AgreementAccount::subsidyInForce).toList();
        List<Amount> kept = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            kept.add(accounts.get(i).kept().min(caps.get(i)));
        }
        Settlement period = SettlementPolicy.settle(Amount.sum(caps), Amount.sum(accounts.stream().map(AgreementAccount::forecastExpenses).toList()),
                realExpenses, Amount.sum(kept), clause);

        List<Amount> finals = new ArrayList<>(kept);
        Amount toRaise = period.balanceDue();
        Amount toLower = period.overpayment();
        for (int i = finals.size() - 1; i >= 0; i--) {
            Amount raise = toRaise.min(caps.get(i).minusOrZero(finals.get(i)));
            Amount lower = toLower.min(finals.get(i));
            finals.set(i, finals.get(i).plus(raise).minusOrZero(lower));
            toRaise = toRaise.minusOrZero(raise);
            toLower = toLower.minusOrZero(lower);
        }
        List<Settlement> years = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            Amount yearFinal = finals.get(i);
            years.add(new Settlement(caps.get(i), accounts.get(i).forecastExpenses(), period.realExpenses(), kept.get(i), yearFinal,
                    yearFinal.minusOrZero(kept.get(i)), kept.get(i).minusOrZero(yearFinal)));
        }
        return new PeriodSettlement(period, years);
    }

    /** The last year's settlement, on whose agreement the period is settled. */
    public Settlement lastYear() {
        return years.get(years.size() - 1);
    }
}
