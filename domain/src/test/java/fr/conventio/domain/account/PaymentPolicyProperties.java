package fr.conventio.domain.account;

import static fr.conventio.domain.PropertyTesting.DRAWS;
import static fr.conventio.domain.PropertyTesting.MIN_CASES;
import static fr.conventio.domain.PropertyTesting.longsBetween;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.payment.Payment;
import fr.conventio.domain.payment.PaymentId;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.payment.PaymentOrderReference;
import fr.conventio.domain.payment.PaymentRequest;
import fr.conventio.domain.settlement.FundingDecisionKind;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.settlement.RecoveryOrder;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.RuleViolationException;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The payment rules on random lives of the real 2020 agreement's file: staff try advances and balances
 * (random amounts, lines and payment order references, or what the account proposes), cancel payments,
 * the funder reduces the subsidy or demands a repayment (A3), suspends and resumes the payments, the
 * subsidy is settled on random real expenses (A1), the balance documents are accepted, recovery orders
 * are issued and partly recovered (A2). Whatever happens, the accepted payments stay within every cap.
 */
class PaymentPolicyProperties {

    enum Move { ADVANCE, PROPOSED_ADVANCE, BALANCE, PROPOSED_BALANCE, CANCEL_LAST, REDUCE, DEMAND_REPAYMENT, SUSPEND, RESUME,
        SETTLE, ACCEPT_DOCUMENTS, RECOVER }

    /** Moves drawn, payment attempts more often than the rest. */
    private static final Move[] DRAWN = {Move.ADVANCE, Move.ADVANCE, Move.ADVANCE, Move.ADVANCE, Move.ADVANCE,
        Move.PROPOSED_ADVANCE, Move.PROPOSED_ADVANCE, Move.BALANCE, Move.BALANCE, Move.PROPOSED_BALANCE, Move.CANCEL_LAST,
        Move.REDUCE, Move.DEMAND_REPAYMENT, Move.SUSPEND, Move.RESUME, Move.SETTLE, Move.SETTLE, Move.ACCEPT_DOCUMENTS,
        Move.ACCEPT_DOCUMENTS, Move.RECOVER};

    private static final LocalDate DOCUMENTS_DAY = LocalDate.of(2021, 6, 30);

    /** One move; {@code cents} sizes it (an amount, real expenses), {@code reference} picks one of 20 payment order references. */
    record Step(Move move, long cents, boolean onCt1, int reference) {
    }

    private static Gen<List<Step>> lives() {
        Gen<Step> steps = integers().between(0, DRAWN.length - 1).map(i -> DRAWN[i])
                .zip(longsBetween(1, 9_000_000L), booleans().all(), integers().between(0, 19), Step::new);
        return lists().of(steps).ofSizeBetween(1, 30);
    }

    /** What a property checks along a life: every account it goes through, and every payment the rules accepted. */
    private interface Invariant {
        default void onAccount(AgreementAccount account) {
        }

        default void onAccepted(AgreementAccount before, PaymentRequest request, AgreementAccount after) {
        }
    }

    @Test
    void v1_to_v4_and_a3_whatever_staff_try_kept_stays_within_the_adjusted_subsidy_advances_within_the_cap_lines_within_their_shares() {
        check(new Invariant() {
            @Override
            public void onAccount(AgreementAccount account) {
                // V1: the advances never add up to more than the cap
                assertThat(account.advancesPaid()).isLessThanOrEqualTo(account.advanceCap());
                // V2: one balance at most
                assertThat(account.payments().stream().filter(p -> p.isRecorded() && p.kind() == PaymentKind.BALANCE)).hasSizeLessThanOrEqualTo(1);
                // V3: a payment order reference is never recorded twice, cancelled payments included
                List<PaymentOrderReference> references = account.payments().stream().flatMap(p -> p.orderReference().stream()).toList();
                assertThat(references).doesNotHaveDuplicates();
                // V4: no line was ever charged more than its voted share, recoveries or not; B4: no line is committed above it
                for (LineAccount line : account.lines()) {
                    assertThat(line.paid()).as("charged on %s", line.budgetLineId()).isLessThanOrEqualTo(line.share());
                    assertThat(line.committed()).as("committed on %s", line.budgetLineId()).isLessThanOrEqualTo(line.share());
                    assertThat(line.recovered()).as("recovered on %s", line.budgetLineId()).isLessThanOrEqualTo(line.paid());
                }
            }

            @Override
            public void onAccepted(AgreementAccount before, PaymentRequest request, AgreementAccount after) {
                // A3: nothing is paid while suspended
                assertThat(before.status()).isNotEqualTo(AgreementStatus.SUSPENDED);
                // V3: what the association keeps stays within the adjusted subsidy
                assertThat(after.kept()).isLessThanOrEqualTo(after.adjustedSubsidy());
                if (request.kind() == PaymentKind.ADVANCE) {
                    // V1: an advance only on a signed agreement, never before the signature
                    assertThat(before.status()).isEqualTo(AgreementStatus.SIGNED);
                    assertThat(request.valueDate()).isAfterOrEqualTo(before.signatureDate().orElseThrow());
                } else {
                    // V2: the balance once settled and the documents accepted, for the adjusted subsidy minus what is kept
                    assertThat(before.status()).isEqualTo(AgreementStatus.SETTLED);
                    assertThat(before.balanceDocumentsAccepted()).isTrue();
                    assertThat(request.amount()).isEqualTo(before.adjustedSubsidy().minus(before.kept()));
                    assertThat(after.kept()).isEqualTo(after.adjustedSubsidy());
                }
            }
        });
    }

    @Test
    void v1_v2_what_the_account_proposes_to_pay_is_accepted_and_a_balance_is_accepted_only_for_exactly_what_is_due() {
        check(new Invariant() {
            @Override
            public void onAccount(AgreementAccount account) {
                Amount advance = account.advanceAvailable();
                if (!advance.isZero()) {
                    PaymentRequest proposed = new PaymentRequest(PaymentKind.ADVANCE, account.proposedCharges(PaymentKind.ADVANCE),
                            SeedFile.ADVANCE_DAY, null);
                    assertThat(proposed.amount()).isEqualTo(advance);
                    assertThat(account.allows(proposed)).as("the proposed advance %s on %s", proposed.charges(), account).isTrue();
                }
                Amount balance = account.balancePayable();
                if (!balance.isZero()) {
                    List<LineCharge> charges = account.proposedCharges(PaymentKind.BALANCE);
                    PaymentRequest proposed = new PaymentRequest(PaymentKind.BALANCE, charges, SeedFile.SETTLEMENT_DAY, null);
                    assertThat(proposed.amount()).isEqualTo(balance);
                    assertThat(account.allows(proposed)).as("the proposed balance %s on %s", charges, account).isTrue();
                    // V2: one cent more or less is refused, as not the balance due
                    PaymentRequest more = new PaymentRequest(PaymentKind.BALANCE, plusOneCent(charges), SeedFile.SETTLEMENT_DAY, null);
                    assertThatThrownBy(() -> account.pay(PaymentId.newId(), more)).hasFieldOrPropertyWithValue("ruleId", "V2")
                            .hasMessageContaining("soit " + balance);
                    if (balance.cents() > 1) {
                        PaymentRequest less = new PaymentRequest(PaymentKind.BALANCE, minusOneCent(charges), SeedFile.SETTLEMENT_DAY, null);
                        assertThatThrownBy(() -> account.pay(PaymentId.newId(), less)).hasFieldOrPropertyWithValue("ruleId", "V2")
                                .hasMessageContaining("soit " + balance);
                    }
                }
            }
        });
    }

    private static List<LineCharge> plusOneCent(List<LineCharge> charges) {
        List<LineCharge> changed = new ArrayList<>(charges);
        LineCharge first = changed.getFirst();
        changed.set(0, new LineCharge(first.budgetLineId(), first.amount().plus(Amount.ofCents(1))));
        return changed;
    }

    /** The same charges for one cent less: one cent off the first charge above a cent, or the first charge dropped if all are of a cent. */
    private static List<LineCharge> minusOneCent(List<LineCharge> charges) {
        List<LineCharge> changed = new ArrayList<>(charges);
        for (int i = 0; i < changed.size(); i++) {
            LineCharge charge = changed.get(i);
            if (charge.amount().cents() > 1) {
                changed.set(i, new LineCharge(charge.budgetLineId(), charge.amount().minus(Amount.ofCents(1))));
                return changed;
            }
        }
        changed.removeFirst();
        return changed;
    }

    /** What the A3 decisions and N2 withdrawals make the association owe back, recovered or not. */
    private static boolean cancellable(AgreementAccount account) {
        try {
            account.requireCancellable();
            return true;
        } catch (RuntimeException refused) {
            return false;
        }
    }

    private static Amount owedBack(AgreementAccount account) {
        return account.owed(RecoveryGround.FUNDING_DECISION).plus(account.owed(RecoveryGround.REPUBLICAN_COMMITMENT_BREACH));
    }

    /** Plays {@link fr.conventio.domain.PropertyTesting#DRAWS} random lives, checking {@code invariant} along each. */
    private static void check(Invariant invariant) {
        AtomicInteger lives = new AtomicInteger();
        AtomicInteger withPayments = new AtomicInteger();
        AtomicInteger withBalance = new AtomicInteger();
        AtomicInteger withPaymentAfterRepayment = new AtomicInteger();

        qt().withExamples(DRAWS).forAll(lives()).checkAssert(steps -> {
            lives.incrementAndGet();
            Life life = new Life(invariant);
            life.play(steps);
            if (life.accepted > 0) {
                withPayments.incrementAndGet();
            }
            if (life.balanceAccepted) {
                withBalance.incrementAndGet();
            }
            if (life.acceptedWhileOwing) {
                withPaymentAfterRepayment.incrementAndGet();
            }
        });

        assertThat(lives.get()).as("cases checked").isGreaterThanOrEqualTo(MIN_CASES);
        // the properties only mean something if the rules accept payments in most lives, balances and payments after A3 repayments included
        assertThat(100.0 * withPayments.get() / lives.get()).as("%% of lives with payments (%d of %d)", withPayments.get(), lives.get())
                .isGreaterThan(50.0);
        assertThat(100.0 * withBalance.get() / lives.get()).as("%% of lives with a balance (%d of %d)", withBalance.get(), lives.get())
                .isGreaterThan(10.0);
        assertThat(withPaymentAfterRepayment.get()).as("lives with a payment accepted while the association owes some back").isPositive();
    }

    /** One life of the seed's file, from its signature. */
    private static final class Life {

        private final SeedFile file = SeedFile.signed();
        private final Invariant invariant;
        private int accepted;
        private boolean balanceAccepted;
        private boolean acceptedWhileOwing;
        private int proposals;

        Life(Invariant invariant) {
            this.invariant = invariant;
        }

        void play(List<Step> steps) {
            for (int i = 0; i < steps.size(); i++) {
                AgreementAccount account = file.account();
                invariant.onAccount(account);
                play(steps.get(i), account, day(account, i));
            }
            invariant.onAccount(file.account());
        }

        private static LocalDate day(AgreementAccount account, int step) {
            return account.finalSubsidy().isPresent() ? SeedFile.SETTLEMENT_DAY.plusDays(step + 1) : SeedFile.ADVANCE_DAY.plusDays(step);
        }

        private void play(Step step, AgreementAccount account, LocalDate day) {
            BudgetLineId line = step.onCt1() ? SeedFile.CT1 : SeedFile.PAYS_D_AIX;
            PaymentOrderReference reference = PaymentOrderReference.of("M-" + step.reference());
            AgreementStatus status = account.status();
            switch (step.move()) {
                case ADVANCE -> attempt(account, new PaymentRequest(PaymentKind.ADVANCE, List.of(new LineCharge(line, Amount.ofCents(step.cents()))),
                        day, reference));
                case PROPOSED_ADVANCE -> proposed(account, PaymentKind.ADVANCE, day);
                case BALANCE -> {
                    Amount amount = step.cents() % 3 == 0 ? account.balanceDue() : Amount.ofCents(step.cents());
                    List<LineCharge> charges = shareOut(account, amount, line);
                    if (!charges.isEmpty()) {
                        attempt(account, new PaymentRequest(PaymentKind.BALANCE, charges, day, reference));
                    }
                }
                case PROPOSED_BALANCE -> proposed(account, PaymentKind.BALANCE, day);
                case CANCEL_LAST -> file.payments().reversed().stream().filter(Payment::isRecorded).findFirst()
                        // the account refuses once a decision was computed on the payments (T3, A3, N2)
                        .filter(p -> cancellable(account))
                        .ifPresent(p -> p.cancel("mandat rejeté", "finances.test", day));
                case REDUCE -> {
                    if (decidable(status) && !account.adjustedSubsidy().isZero()) {
                        file.decide(FundingDecisionKind.REDUCE_SUBSIDY, cents(1 + step.cents() % account.adjustedSubsidy().cents()), day);
                    }
                }
                case DEMAND_REPAYMENT -> {
                    if (decidable(status) && !account.held().isZero()) {
                        file.decide(FundingDecisionKind.DEMAND_REPAYMENT, cents(1 + step.cents() % account.held().cents()), day);
                    }
                }
                case SUSPEND -> {
                    if (status == AgreementStatus.SIGNED) {
                        file.agreement().suspend("retard significatif", day);
                    }
                }
                case RESUME -> {
                    if (status == AgreementStatus.SUSPENDED) {
                        file.agreement().resume(day);
                    }
                }
                case SETTLE -> {
                    if (status == AgreementStatus.SIGNED || status == AgreementStatus.SUSPENDED) {
                        // real expenses from 0 to about 1 170 000 € (the forecast is 1 040 335 €)
                        file.settle(cents(step.cents() * 13));
                    }
                }
                case ACCEPT_DOCUMENTS -> {
                    if (!account.balanceDocumentsAccepted()) {
                        file.acceptBalanceDocuments(DOCUMENTS_DAY);
                    }
                }
                case RECOVER -> recover(account, step.cents(), day);
            }
        }

        private static boolean decidable(AgreementStatus status) {
            return status == AgreementStatus.SIGNED || status == AgreementStatus.SUSPENDED || status == AgreementStatus.SETTLED;
        }

        private static String cents(long cents) {
            return Amount.ofCents(cents).value().toPlainString();
        }

        /** {@code amount} on {@code first} within what it has left of its share, the rest on the other line (maybe beyond its share). */
        private static List<LineCharge> shareOut(AgreementAccount account, Amount amount, BudgetLineId first) {
            if (amount.isZero()) {
                return List.of();
            }
            BudgetLineId second = first.equals(SeedFile.CT1) ? SeedFile.PAYS_D_AIX : SeedFile.CT1;
            Amount onFirst = amount.min(account.line(first).orElseThrow().shareLeft());
            List<LineCharge> charges = new ArrayList<>();
            if (!onFirst.isZero()) {
                charges.add(new LineCharge(first, onFirst));
            }
            if (amount.isGreaterThan(onFirst)) {
                charges.add(new LineCharge(second, amount.minus(onFirst)));
            }
            return charges;
        }

        private void proposed(AgreementAccount account, PaymentKind kind, LocalDate day) {
            List<LineCharge> charges = account.proposedCharges(kind);
            if (!charges.isEmpty()) {
                attempt(account, new PaymentRequest(kind, charges, day, PaymentOrderReference.of("P-" + ++proposals)));
            }
        }

        /** Pays the request if the rules allow it; otherwise checks that paying it is refused. */
        private void attempt(AgreementAccount before, PaymentRequest request) {
            if (!before.allows(request)) {
                assertThatThrownBy(() -> before.pay(PaymentId.newId(), request)).isInstanceOf(RuleViolationException.class);
                return;
            }
            file.pay(request);
            AgreementAccount after = file.account();
            invariant.onAccepted(before, request, after);
            accepted++;
            balanceAccepted |= request.kind() == PaymentKind.BALANCE;
            acceptedWhileOwing |= before.paid().isGreaterThan(before.kept());
        }

        /** Issues a recovery order for the first sum owed and not yet claimed, and records a receipt on the last order still due. */
        private void recover(AgreementAccount account, long cents, LocalDate day) {
            Optional<RecoveryGround> ground = Arrays.stream(RecoveryGround.values())
                    .filter(g -> !account.outstanding(g).isZero()).findFirst();
            ground.ifPresent(g -> file.issueOrder(g, day));
            Optional<RecoveryOrder> due = file.orders().reversed().stream().filter(o -> !o.remainingDue().isZero()).findFirst();
            due.ifPresent(order -> order.recordReceipt(Amount.ofCents(cents).min(order.remainingDue()), day));
        }
    }
}
