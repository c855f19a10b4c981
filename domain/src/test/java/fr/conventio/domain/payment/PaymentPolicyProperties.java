package fr.conventio.domain.payment;

import static fr.conventio.domain.PropertyTesting.forAll;
import static fr.conventio.domain.PropertyTesting.longsBetween;
import static fr.conventio.domain.PropertyTesting.DRAWS;
import static fr.conventio.domain.PropertyTesting.MIN_CASES;
import static fr.conventio.domain.payment.PaymentFixtures.CT1;
import static fr.conventio.domain.payment.PaymentFixtures.PAYS_D_AIX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.Amount;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class PaymentPolicyProperties {

    /** QuickTheories skips a draw it has already checked (a bound drawn twice), so it draws more. */

    record Attempt(boolean balance, long cents, boolean onCt1) {
    }

    record Scenario(long adjustedCents, List<Attempt> advances, List<Attempt> afterSettlement) {
    }

    private static Gen<Attempt> attempts() {
        return booleans().all().zip(longsBetween(1, 9_000_000L), booleans().all(), Attempt::new);
    }

    /** V3: whatever sequence of advances then balances staff try, what the policy accepts never exceeds the adjusted subsidy. */
    @Test
    void v3_accepted_payments_never_sum_above_the_adjusted_subsidy() {
        Gen<Scenario> scenarios = longsBetween(0, 8_000_000L)
                .zip(lists().of(attempts()).ofSizeBetween(0, 12), lists().of(attempts()).ofSizeBetween(0, 6), Scenario::new);
        AtomicInteger tries = new AtomicInteger();
        AtomicInteger triesWithPayments = new AtomicInteger();

        qt().withExamples(DRAWS).forAll(scenarios).checkAssert(scenario -> {
            tries.incrementAndGet();
            Amount adjusted = Amount.ofCents(scenario.adjustedCents());
            PaymentContext context = PaymentFixtures.context(AgreementStatus.SIGNED, adjusted, List.of(), false);
            int reference = 0;
            for (Attempt attempt : scenario.advances()) {
                context = tryRecord(context, attempt, PaymentKind.ADVANCE, "M-" + reference++);
                assertThat(context.totalPaid()).isLessThanOrEqualTo(adjusted);
                assertThat(context.totalAdvances()).isLessThanOrEqualTo(Amount.of(64_000));
            }
            context = PaymentFixtures.context(AgreementStatus.SETTLED, adjusted, context.existingPayments(), true);
            for (Attempt attempt : scenario.afterSettlement()) {
                context = tryRecord(context, attempt, attempt.balance() ? PaymentKind.BALANCE : PaymentKind.ADVANCE, "M-" + reference++);
                assertThat(context.totalPaid()).isLessThanOrEqualTo(adjusted);
            }
            if (!context.recordedPayments().isEmpty()) {
                triesWithPayments.incrementAndGet();
            }
            // at most one balance, and each line within its share
            assertThat(context.recordedPayments().stream().filter(p -> p.kind() == PaymentKind.BALANCE)).hasSizeLessThanOrEqualTo(1);
            assertThat(context.totalPaidOn(CT1)).isLessThanOrEqualTo(Amount.of(30_000));
            assertThat(context.totalPaidOn(PAYS_D_AIX)).isLessThanOrEqualTo(Amount.of(50_000));
        });

        assertThat(tries.get()).as("cases checked").isGreaterThanOrEqualTo(MIN_CASES);
        // the property is only meaningful if the policy accepts payments in most tries
        assertThat(100.0 * triesWithPayments.get() / tries.get())
                .as("%% of tries that recorded payments (%d of %d)", triesWithPayments.get(), tries.get())
                .isGreaterThan(50.0);
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
