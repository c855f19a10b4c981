package fr.conventio.domain.account;

import fr.conventio.domain.payment.Payment;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetLineId;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How an agreement's money falls on its budget lines (B4), shared out by the largest remainder of the
 * rounding policy so that the lines always add up to the agreement's figures to the cent:
 * <ul>
 *   <li>commitment: what the agreement will finally cost, given what each line has already paid. When
 *       more is still to be paid, the rest goes to the lines in proportion to what each has left of its
 *       share; when less (an overpayment, a restitution), what is to come back is taken off the lines in
 *       proportion to what each paid. With nothing settled, reduced or terminated, every line is committed
 *       for its share;</li>
 *   <li>recovered: what recovery orders brought back, on the lines that were overpaid, in proportion to
 *       their overpayment (or, when no line is, to what each paid).</li>
 * </ul>
 */
final class LineAccounts {

    private LineAccounts() {
    }

    static List<LineAccount> of(Map<BudgetLineId, Amount> shares, List<BudgetLineId> lines, List<Payment> recordedPayments,
                                Amount finalCost, Amount recovered, boolean signed) {
        int n = lines.size();
        List<Amount> share = lines.stream().map(line -> shares.getOrDefault(line, Amount.ZERO)).toList();
        List<Amount> paid = lines.stream().map(line -> Amount.sum(recordedPayments.stream().map(p -> p.amountOn(line)).toList())).toList();
        Amount totalPaid = Amount.sum(paid);

        List<Amount> committed = new ArrayList<>();
        if (!signed) {
            lines.forEach(line -> committed.add(Amount.ZERO));
        } else if (!finalCost.isLessThan(totalPaid)) {
            List<Amount> weights = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                weights.add(share.get(i).minusOrZero(paid.get(i)));
            }
            if (Amount.sum(weights).isZero()) {
                weights = share;
            }
            List<Amount> extra = finalCost.minus(totalPaid).apportion(weights);
            for (int i = 0; i < n; i++) {
                committed.add(paid.get(i).plus(extra.get(i)));
            }
        } else {
            List<Amount> back = totalPaid.minus(finalCost).apportion(paid);
            for (int i = 0; i < n; i++) {
                committed.add(paid.get(i).minus(back.get(i)));
            }
        }

        List<Amount> overpaid = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            overpaid.add(paid.get(i).minusOrZero(committed.get(i)));
        }
        Amount totalOverpaid = Amount.sum(overpaid);
        List<Amount> recoveredOn;
        if (recovered.isZero() || totalPaid.isZero()) {
            recoveredOn = lines.stream().map(line -> Amount.ZERO).toList();
        } else if (!totalOverpaid.isLessThan(recovered)) {
            recoveredOn = recovered.apportion(overpaid);
        } else {
            recoveredOn = recovered.min(totalPaid).apportion(paid);
        }

        List<LineAccount> accounts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Amount released = signed ? share.get(i).minusOrZero(committed.get(i)) : Amount.ZERO;
            accounts.add(new LineAccount(lines.get(i), share.get(i), committed.get(i), released, paid.get(i), recoveredOn.get(i)));
        }
        return List.copyOf(accounts);
    }
}
