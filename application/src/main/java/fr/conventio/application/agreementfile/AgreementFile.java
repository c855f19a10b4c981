package fr.conventio.application.agreementfile;

import fr.conventio.domain.control.AgreementControl;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.obligation.BalanceDocuments;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.payment.Payment;
import fr.conventio.domain.payment.PaymentContext;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.settlement.RecoveryOrder;
import fr.conventio.domain.settlement.RecoveryOrderStatus;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetLineId;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An agreement with everything recorded about it (payments, obligations, recovery orders, control
 * file), loaded once by a service through {@link AgreementFiles}, and the figures every money use case
 * agrees on:
 * <ul>
 *   <li>subsidy in force: voted minus the reductions decided (A3, N2);</li>
 *   <li>adjusted subsidy (cap of V3): the settled final subsidy (A1) when settled, never above the subsidy in force;</li>
 *   <li>amount kept: what was paid minus what the association owes back by decision (A3, N2), the
 *       "already paid" of the settlement and of the termination;</li>
 *   <li>amount owed per recovery ground, and what is not yet claimed by a recovery order (A2);</li>
 *   <li>nothing left open: no balance due, nothing to claim, every recovery order paid (or cancelled) —
 *       the condition for closing a settled agreement.</li>
 * </ul>
 */
public record AgreementFile(Versioned<Agreement> agreement, List<Versioned<Payment>> payments, List<Versioned<Obligation>> obligations,
                     List<Versioned<RecoveryOrder>> recoveryOrders, Versioned<AgreementControl> control) {

    public AgreementFile {
        payments = List.copyOf(payments);
        obligations = List.copyOf(obligations);
        recoveryOrders = List.copyOf(recoveryOrders);
    }

    public Agreement value() {
        return agreement.value();
    }

    public AgreementControl controlFile() {
        return control.value();
    }

    public List<Payment> paymentList() {
        return payments.stream().map(Versioned::value).toList();
    }

    public List<Obligation> obligationList() {
        return obligations.stream().map(Versioned::value).toList();
    }

    public List<RecoveryOrder> orderList() {
        return recoveryOrders.stream().map(Versioned::value).toList();
    }

    /** The same file with one more payment (to judge the state once it is recorded). */
    public AgreementFile withPayment(Payment payment) {
        List<Versioned<Payment>> more = new ArrayList<>(payments);
        more.add(Versioned.newAggregate(payment));
        return new AgreementFile(agreement, more, obligations, recoveryOrders, control);
    }

    /** The same file with one recovery order replaced or added. */
    public AgreementFile withOrder(Versioned<RecoveryOrder> order) {
        List<Versioned<RecoveryOrder>> others = new ArrayList<>(recoveryOrders.stream()
                .filter(o -> !o.value().id().equals(order.value().id())).toList());
        others.add(order);
        return new AgreementFile(agreement, payments, obligations, others, control);
    }

    public AgreementFile withControl(AgreementControl newControl) {
        return new AgreementFile(agreement, payments, obligations, recoveryOrders, new Versioned<>(newControl, control.version()));
    }

    /** Payments that count (not cancelled). */
    public Amount totalPaid() {
        return Amount.sum(paymentList().stream().filter(Payment::isRecorded).map(Payment::amount).toList());
    }

    public Amount subsidyInForce() {
        return controlFile().subsidyInForce(value().subsidy().votedAmount());
    }

    public Amount adjustedSubsidy() {
        Amount inForce = subsidyInForce();
        return value().settlement().map(s -> s.finalSubsidy().min(inForce)).orElse(inForce);
    }

    /** What was paid and the association keeps: paid minus what it owes back by decision (A3) or withdrawal (N2). */
    public Amount amountKept() {
        return totalPaid().minusOrZero(controlFile().amountOwedFor(RecoveryGround.FUNDING_DECISION)
                .plus(controlFile().amountOwedFor(RecoveryGround.REPUBLICAN_COMMITMENT_BREACH)));
    }

    /** What the association owes back on a ground, claimed or not. */
    public Amount owed(RecoveryGround ground) {
        if (ground == RecoveryGround.OVERPAYMENT) {
            return value().settlement().map(s -> amountKept().minusOrZero(s.finalSubsidy())).orElse(Amount.ZERO);
        }
        return controlFile().amountOwedFor(ground);
    }

    /** What the recovery orders (not cancelled) already claim on a ground. */
    public Amount claimed(RecoveryGround ground) {
        return Amount.sum(orderList().stream()
                .filter(o -> o.ground() == ground && o.status() != RecoveryOrderStatus.CANCELLED)
                .map(RecoveryOrder::amount).toList());
    }

    /** What is owed on a ground and no recovery order claims yet. */
    public Amount outstanding(RecoveryGround ground) {
        return owed(ground).minusOrZero(claimed(ground));
    }

    public Amount totalOutstanding() {
        return Amount.sum(Arrays.stream(RecoveryGround.values()).map(this::outstanding).toList());
    }

    public boolean balanceDocumentsAccepted() {
        return BalanceDocuments.accepted(obligationList());
    }

    /** What the payment policy needs (V1–V4, A3). */
    public PaymentContext paymentContext() {
        Agreement a = value();
        Map<BudgetLineId, Amount> shares = new LinkedHashMap<>();
        for (SubsidyAllocation allocation : a.subsidy().split()) {
            shares.put(allocation.budgetLineId(), allocation.amount());
        }
        return new PaymentContext(a.id(), a.status(), a.signatureDate().orElse(null), a.subsidy().votedAmount(),
                adjustedSubsidy().min(a.subsidy().votedAmount()), a.paymentTerms().advanceRate(), shares, paymentList(),
                balanceDocumentsAccepted(), a.status() == AgreementStatus.SUSPENDED);
    }

    /** Adjusted subsidy minus what was paid, never below zero. */
    public Amount balanceDue() {
        return adjustedSubsidy().minusOrZero(totalPaid());
    }

    /** Nothing to pay, nothing to claim, no recovery order waiting for money. */
    public boolean nothingLeftOpen() {
        boolean ordersSettled = orderList().stream().allMatch(o -> o.status() != RecoveryOrderStatus.ISSUED);
        return balanceDue().isZero() && totalOutstanding().isZero() && ordersSettled;
    }
}
