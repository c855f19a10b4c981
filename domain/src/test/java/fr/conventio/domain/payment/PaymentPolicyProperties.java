package fr.conventio.domain.payment;

import static fr.conventio.domain.payment.PaymentFixtures.CT1;
import static fr.conventio.domain.payment.PaymentFixtures.PAYS_D_AIX;
import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.Amount;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

class PaymentPolicyProperties {

    record Attempt(boolean balance, long cents, boolean onCt1) {
    }

    @Provide
    Arbitrary<Attempt> attempts() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.longs().between(1, 9_000_000L), Arbitraries.of(true, false))
                .as(Attempt::new);
    }

    /** V3: whatever sequence of advances then balances staff try, what the policy accepts never exceeds the adjusted subsidy. */
    @Property
    void v3_accepted_payments_never_sum_above_the_adjusted_subsidy(
            @ForAll @LongRange(min = 0, max = 8_000_000L) long adjustedCents,
            @ForAll @Size(max = 12) List<@net.jqwik.api.From("attempts") Attempt> advances,
            @ForAll @Size(max = 6) List<@net.jqwik.api.From("attempts") Attempt> afterSettlement) {
        Amount adjusted = Amount.ofCents(adjustedCents);
        PaymentContext context = PaymentFixtures.context(AgreementStatus.SIGNED, adjusted, List.of(), false);
        int reference = 0;
        for (Attempt attempt : advances) {
            context = tryRecord(context, attempt, PaymentKind.ADVANCE, "M-" + reference++);
            assertThat(context.totalPaid()).isLessThanOrEqualTo(adjusted);
            assertThat(context.totalAdvances()).isLessThanOrEqualTo(Amount.of(64_000));
        }
        context = PaymentFixtures.context(AgreementStatus.SETTLED, adjusted, context.existingPayments(), true);
        for (Attempt attempt : afterSettlement) {
            context = tryRecord(context, attempt, attempt.balance() ? PaymentKind.BALANCE : PaymentKind.ADVANCE, "M-" + reference++);
            assertThat(context.totalPaid()).isLessThanOrEqualTo(adjusted);
        }
        // the property is only meaningful if the policy accepts payments in most tries
        Statistics.collect(!context.recordedPayments().isEmpty());
        Statistics.coverage(coverage -> coverage.check(true).percentage(p -> p > 50));
        // at most one balance, and each line within its share
        assertThat(context.recordedPayments().stream().filter(p -> p.kind() == PaymentKind.BALANCE)).hasSizeLessThanOrEqualTo(1);
        assertThat(context.totalPaidOn(CT1)).isLessThanOrEqualTo(Amount.of(30_000));
        assertThat(context.totalPaidOn(PAYS_D_AIX)).isLessThanOrEqualTo(Amount.of(50_000));
    }

    private static PaymentContext tryRecord(PaymentContext context, Attempt attempt, PaymentKind kind, String reference) {
        BudgetLineId line = attempt.onCt1() ? CT1 : PAYS_D_AIX;
        List<LineCharge> charges;
        if (kind == PaymentKind.BALANCE) {
            // the balance due, taken from each line's remaining share in turn
            Amount due = context.balanceDue();
            List<LineCharge> split = new java.util.ArrayList<>();
            for (BudgetLineId each : List.of(line, line == CT1 ? PAYS_D_AIX : CT1)) {
                Amount part = due.min(context.remainingShareOn(each));
                if (!part.isZero()) {
                    split.add(new LineCharge(each, part));
                    due = due.minus(part);
                }
            }
            charges = split;
        } else {
            charges = List.of(new LineCharge(line, Amount.ofCents(attempt.cents())));
        }
        if (charges.isEmpty()) {
            return context;
        }
        PaymentRequest request = new PaymentRequest(kind, charges, LocalDate.of(2020, 6, 1), PaymentOrderReference.of(reference));
        if (!PaymentPolicy.allows(context, request)) {
            return context;
        }
        return context.with(Payment.create(PaymentId.newId(), context, request));
    }
}
