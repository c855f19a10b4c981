package fr.conventio.application.fakes;

import fr.conventio.application.dashboard.AgreementAwaitingDecision;
import fr.conventio.application.dashboard.AwaitedDecision;
import fr.conventio.application.dashboard.DashboardQueries;
import fr.conventio.application.dashboard.PaymentToMake;
import fr.conventio.application.dashboard.RecoveryOrderToCollect;
import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.account.AccountFigures;
import fr.conventio.domain.account.AgreementStage;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.settlement.RecoveryOrder;
import fr.conventio.domain.settlement.RecoveryOrderStatus;
import fr.conventio.domain.shared.Amount;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * In-memory {@link DashboardQueries}: selects on the figures the agreements' accounts stored
 * ({@link InMemoryAgreementAccountRepository}), as the SQL does on the projection table; computes nothing.
 */
public final class InMemoryDashboardQueries implements DashboardQueries {

    private final InMemoryAgreementRepository agreements;
    private final InMemoryAssociationRepository associations;
    private final InMemoryRecoveryOrderRepository recoveryOrders;
    private final InMemoryAgreementAccountRepository accounts;

    public InMemoryDashboardQueries(InMemoryAgreementRepository agreements, InMemoryAssociationRepository associations,
                                    InMemoryRecoveryOrderRepository recoveryOrders, InMemoryAgreementAccountRepository accounts) {
        this.agreements = Objects.requireNonNull(agreements);
        this.associations = Objects.requireNonNull(associations);
        this.recoveryOrders = Objects.requireNonNull(recoveryOrders);
        this.accounts = Objects.requireNonNull(accounts);
    }

    @Override
    public Page<PaymentToMake> paymentsToMake(PageRequest page) {
        List<PaymentToMake> all = new ArrayList<>();
        for (AccountFigures f : accounts.findAll()) {
            Agreement a = agreement(f);
            if (!f.advanceAvailable().isZero()) {
                all.add(new PaymentToMake(PaymentKind.ADVANCE, a.id(), a.reference().value(), associationName(a), a.budgetYear().value(),
                        f.advanceAvailable()));
            }
            if (!f.balancePayable().isZero()) {
                all.add(new PaymentToMake(PaymentKind.BALANCE, a.id(), a.reference().value(), associationName(a), a.budgetYear().value(),
                        f.balancePayable()));
            }
        }
        all.sort(Comparator.comparing(PaymentToMake::agreementReference).thenComparing(PaymentToMake::kind));
        return Pages.of(all, page);
    }

    @Override
    public Page<AgreementAwaitingDecision> agreementsAwaitingDecision(PageRequest page) {
        List<AgreementAwaitingDecision> all = new ArrayList<>();
        for (AccountFigures f : accounts.findAll()) {
            switch (f.stage()) {
                case DRAFT -> all.add(awaiting(AwaitedDecision.APPROVAL, f, f.votedSubsidy()));
                case APPROVED -> all.add(awaiting(AwaitedDecision.SIGNATURE, f, f.votedSubsidy()));
                case SUSPENDED -> all.add(awaiting(AwaitedDecision.SUSPENSION, f, f.votedSubsidy()));
                default -> {
                }
            }
            if (!f.outstanding().isZero() && f.stage() != AgreementStage.CLOSED) {
                all.add(awaiting(AwaitedDecision.RECOVERY_ORDER, f, f.outstanding()));
            }
            if (f.closable()) {
                all.add(awaiting(AwaitedDecision.CLOSURE, f, f.adjustedSubsidy()));
            }
        }
        all.sort(Comparator.comparing(AgreementAwaitingDecision::decision).thenComparing(AgreementAwaitingDecision::agreementReference));
        return Pages.of(all, page);
    }

    @Override
    public Page<RecoveryOrderToCollect> recoveryOrdersToCollect(PageRequest page) {
        List<RecoveryOrderToCollect> all = new ArrayList<>();
        for (Versioned<RecoveryOrder> v : recoveryOrders.findAll(o -> o.status() == RecoveryOrderStatus.ISSUED)) {
            RecoveryOrder o = v.value();
            Agreement a = agreements.findById(o.agreementId()).orElseThrow().value();
            Optional<AgreementStage> stage = accounts.findByAgreement(a.id()).map(AccountFigures::stage);
            if (stage.isEmpty()) {
                continue;
            }
            all.add(new RecoveryOrderToCollect(o.id(), o.number(), a.id(), a.reference().value(), associationName(a), stage.get(), o.ground(),
                    o.amount(), o.remainingDue(), o.issuedOn()));
        }
        all.sort(Comparator.comparing(RecoveryOrderToCollect::issuedOn).thenComparing(RecoveryOrderToCollect::number));
        return Pages.of(all, page);
    }

    private AgreementAwaitingDecision awaiting(AwaitedDecision decision, AccountFigures f, Amount amount) {
        Agreement a = agreement(f);
        return new AgreementAwaitingDecision(decision, a.id(), a.reference().value(), associationName(a), a.budgetYear().value(),
                f.stage(), amount);
    }

    private Agreement agreement(AccountFigures f) {
        return agreements.findById(f.agreementId()).orElseThrow().value();
    }

    private String associationName(Agreement a) {
        return associations.findById(a.associationId()).map(v -> v.value().name()).orElse("?");
    }
}
