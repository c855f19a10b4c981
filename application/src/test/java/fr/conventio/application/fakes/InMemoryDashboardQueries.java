package fr.conventio.application.fakes;

import fr.conventio.application.dashboard.AgreementAwaitingDecision;
import fr.conventio.application.dashboard.AwaitedDecision;
import fr.conventio.application.dashboard.DashboardQueries;
import fr.conventio.application.dashboard.PaymentToMake;
import fr.conventio.domain.control.AgreementControl;
import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.obligation.BalanceDocuments;
import fr.conventio.domain.payment.Payment;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.settlement.RecoveryOrder;
import fr.conventio.domain.settlement.RecoveryOrderStatus;
import fr.conventio.domain.shared.Amount;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * In-memory {@link DashboardQueries}: recomputes, agreement by agreement, the figures the services agree
 * on (subsidy in force, amount kept, overpayment not yet claimed), as the SQL will in one query per list.
 */
public final class InMemoryDashboardQueries implements DashboardQueries {

    private final InMemoryAgreementRepository agreements;
    private final InMemoryAssociationRepository associations;
    private final InMemoryPaymentRepository payments;
    private final InMemoryObligationRepository obligations;
    private final InMemoryRecoveryOrderRepository recoveryOrders;
    private final InMemoryAgreementControlRepository controls;

    public InMemoryDashboardQueries(InMemoryAgreementRepository agreements, InMemoryAssociationRepository associations,
                                    InMemoryPaymentRepository payments, InMemoryObligationRepository obligations,
                                    InMemoryRecoveryOrderRepository recoveryOrders, InMemoryAgreementControlRepository controls) {
        this.agreements = Objects.requireNonNull(agreements);
        this.associations = Objects.requireNonNull(associations);
        this.payments = Objects.requireNonNull(payments);
        this.obligations = Objects.requireNonNull(obligations);
        this.recoveryOrders = Objects.requireNonNull(recoveryOrders);
        this.controls = Objects.requireNonNull(controls);
    }

    @Override
    public Page<PaymentToMake> paymentsToMake(PageRequest page) {
        List<PaymentToMake> all = new ArrayList<>();
        for (Versioned<Agreement> v : agreements.findAll(a -> a.status() == AgreementStatus.SIGNED || a.status() == AgreementStatus.SETTLED)) {
            Agreement a = v.value();
            List<Payment> recorded = recorded(a);
            Amount totalPaid = sum(recorded, null);
            if (a.status() == AgreementStatus.SIGNED) {
                Amount advanceLeft = a.advanceCap().minusOrZero(sum(recorded, PaymentKind.ADVANCE))
                        .min(subsidyInForce(a).minusOrZero(totalPaid));
                if (!advanceLeft.isZero()) {
                    all.add(new PaymentToMake(PaymentKind.ADVANCE, a.id(), a.reference().value(), associationName(a),
                            a.budgetYear().value(), advanceLeft));
                }
            } else {
                boolean balancePaid = recorded.stream().anyMatch(p -> p.kind() == PaymentKind.BALANCE);
                Amount balanceDue = adjustedSubsidy(a).minusOrZero(totalPaid);
                boolean documentsAccepted = BalanceDocuments.accepted(obligations.findByAgreement(a.id()).stream().map(Versioned::value).toList());
                if (!balancePaid && documentsAccepted && !balanceDue.isZero()) {
                    all.add(new PaymentToMake(PaymentKind.BALANCE, a.id(), a.reference().value(), associationName(a),
                            a.budgetYear().value(), balanceDue));
                }
            }
        }
        all.sort(Comparator.comparing(PaymentToMake::agreementReference).thenComparing(PaymentToMake::kind));
        return Pages.of(all, page);
    }

    @Override
    public Page<AgreementAwaitingDecision> agreementsAwaitingDecision(PageRequest page) {
        List<AgreementAwaitingDecision> all = new ArrayList<>();
        for (Versioned<Agreement> v : agreements.findAll(a -> true)) {
            Agreement a = v.value();
            switch (a.status()) {
                case DRAFT -> all.add(awaiting(AwaitedDecision.APPROVAL, a, a.subsidy().votedAmount()));
                case APPROVED -> all.add(awaiting(AwaitedDecision.SIGNATURE, a, a.subsidy().votedAmount()));
                case SUSPENDED -> all.add(awaiting(AwaitedDecision.SUSPENSION, a, a.subsidy().votedAmount()));
                case SETTLED -> {
                    Amount unclaimed = overpayment(a).minusOrZero(claimedOverpayment(a));
                    if (!unclaimed.isZero()) {
                        all.add(awaiting(AwaitedDecision.OVERPAYMENT_RECOVERY, a, unclaimed));
                    }
                }
                default -> {
                }
            }
        }
        all.sort(Comparator.comparing(AgreementAwaitingDecision::decision).thenComparing(AgreementAwaitingDecision::agreementReference));
        return Pages.of(all, page);
    }

    private AgreementAwaitingDecision awaiting(AwaitedDecision decision, Agreement a, Amount amount) {
        return new AgreementAwaitingDecision(decision, a.id(), a.reference().value(), associationName(a), a.budgetYear().value(),
                a.status(), amount);
    }

    private List<Payment> recorded(Agreement a) {
        return payments.findByAgreement(a.id()).stream().map(Versioned::value).filter(Payment::isRecorded).toList();
    }

    private static Amount sum(List<Payment> recorded, PaymentKind kind) {
        return Amount.sum(recorded.stream().filter(p -> kind == null || p.kind() == kind).map(Payment::amount).toList());
    }

    private AgreementControl control(Agreement a) {
        return controls.findByAgreement(a.id()).map(Versioned::value).orElseGet(() -> AgreementControl.empty(a.id()));
    }

    private Amount subsidyInForce(Agreement a) {
        return control(a).subsidyInForce(a.subsidy().votedAmount());
    }

    private Amount adjustedSubsidy(Agreement a) {
        Amount inForce = subsidyInForce(a);
        return a.settlement().map(s -> s.finalSubsidy().min(inForce)).orElse(inForce);
    }

    /** Amount kept (paid minus what decisions make the association pay back) minus the final subsidy. */
    private Amount overpayment(Agreement a) {
        AgreementControl control = control(a);
        Amount kept = sum(recorded(a), null).minusOrZero(control.amountOwedFor(RecoveryGround.FUNDING_DECISION)
                .plus(control.amountOwedFor(RecoveryGround.REPUBLICAN_COMMITMENT_BREACH)));
        return a.settlement().map(s -> kept.minusOrZero(s.finalSubsidy())).orElse(Amount.ZERO);
    }

    private Amount claimedOverpayment(Agreement a) {
        return Amount.sum(recoveryOrders.findByAgreement(a.id()).stream().map(Versioned::value)
                .filter(o -> o.ground() == RecoveryGround.OVERPAYMENT && o.status() != RecoveryOrderStatus.CANCELLED)
                .map(RecoveryOrder::amount).toList());
    }

    private String associationName(Agreement a) {
        return associations.findById(a.associationId()).map(v -> v.value().name()).orElse("?");
    }
}
