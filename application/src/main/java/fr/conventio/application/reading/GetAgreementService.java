package fr.conventio.application.reading;

import fr.conventio.application.agreementfile.AgreementFile;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.agreementfile.AnnualSubsidiesReview;
import fr.conventio.application.port.out.AssociationRepository;
import fr.conventio.application.port.out.CurrentUserPort;
import fr.conventio.application.port.out.FunderRepository;
import fr.conventio.application.shared.SeparationOfDuties;
import fr.conventio.application.shared.Guards;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.account.AgreementAccount;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.control.AgreementControl;
import fr.conventio.domain.obligation.BalanceDocuments;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.payment.Payment;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.payment.PaymentOrderReference;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.settlement.RecoveryOrder;
import fr.conventio.domain.shared.Amount;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import fr.conventio.domain.payment.LineCharge;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds the agreement page from the agreement's file: its terms, payments, obligations (status judged on
 * today, from the injected clock), recovery orders, control file and the figures of its account; computes
 * the actions allowed next from the state and the account, and, for the current user, the separation of
 * duties, so that the UI offers only what the use cases would accept.
 */
public final class GetAgreementService implements GetAgreementUseCase {

    private final AgreementFiles files;
    private final FunderRepository funders;
    private final AssociationRepository associations;
    private final Clock clock;
    private final CurrentUserPort currentUser;
    private final SeparationOfDuties separationOfDuties;
    private final AnnualSubsidiesReview annualSubsidies;

    public GetAgreementService(AgreementFiles files, FunderRepository funders, AssociationRepository associations, Clock clock,
                               CurrentUserPort currentUser, SeparationOfDuties separationOfDuties, AnnualSubsidiesReview annualSubsidies) {
        this.files = Objects.requireNonNull(files);
        this.funders = Objects.requireNonNull(funders);
        this.associations = Objects.requireNonNull(associations);
        this.clock = Objects.requireNonNull(clock);
        this.currentUser = Objects.requireNonNull(currentUser);
        this.separationOfDuties = Objects.requireNonNull(separationOfDuties);
        this.annualSubsidies = Objects.requireNonNull(annualSubsidies);
    }

    @Override
    public AgreementDetails get(GetAgreementQuery query) {
        AgreementFile file = files.load(query.agreementId());
        LocalDate today = Guards.today(clock);
        Agreement a = file.agreement();
        AgreementControl control = file.control();
        AgreementAccount account = file.account();
        String funderName = funders.findById(a.funderId()).map(f -> f.value().name()).orElse("?");
        String associationName = associations.findById(a.associationId()).map(v -> v.value().name()).orElse("?");

        List<AgreementDetails.PaymentLine> paymentLines = file.payments().stream()
                .sorted(Comparator.comparing(v -> v.value().valueDate()))
                .map(GetAgreementService::paymentLine).toList();
        List<AgreementDetails.ObligationLine> obligationLines = file.obligations().stream()
                .sorted(Comparator.comparing((Versioned<Obligation> v) -> v.value().dueDate()).thenComparing(v -> v.value().type()))
                .map(v -> obligationLine(v, today)).toList();
        List<AgreementDetails.RecoveryOrderLine> orderLines = file.recoveryOrders().stream()
                .sorted(Comparator.comparing(v -> v.value().number()))
                .map(GetAgreementService::orderLine).toList();
        Set<AgreementAction> allowed = allowedActions(a, control, account);
        fr.conventio.domain.account.InstalmentState next = account.nextInstalmentDue(today).orElse(null);
        List<LineCharge> proposedInstalment = next == null || next.isBalance() ? List.of() : account.proposedInstalmentCharges(next.number());
        if (!proposedInstalment.isEmpty()) {
            allowed.add(AgreementAction.RECORD_INSTALMENT);
        }
        Set<AgreementAction> reserved = reservedForOthers(a, allowed, currentUser.currentUser());
        allowed.removeAll(reserved);
        Map<RecoveryGround, Amount> outstanding = new EnumMap<>(RecoveryGround.class);
        for (RecoveryGround ground : RecoveryGround.values()) {
            if (!account.outstanding(ground).isZero()) {
                outstanding.put(ground, account.outstanding(ground));
            }
        }

        return new AgreementDetails(a.id(), file.version(), a.reference().value(), a.status(), a.budgetYear(),
                funderName, a.associationId(), associationName, a.signatory(), a.representative(), a.object(), a.programme(),
                // D3 on the association's annual total from the funder, the other agreements of the year included
                a.forecastBudget(), a.subsidy(), a.shareOfCost(), a.paymentTerms(), annualSubsidies.requirementOf(a),
                a.deliberation().orElse(null), a.signatureDate().orElse(null),
                account.figures(), account.openItems(), account.proposedCharges(PaymentKind.ADVANCE),
                account.proposedCharges(PaymentKind.BALANCE), outstanding,
                a.settlement().orElse(null), a.closedOn().orElse(null), a.termination().orElse(null), control.terminationOutcome(),
                control.paymentDeadline(),
                paymentLines, obligationLines, BalanceDocuments.outstanding(file.obligations().stream().map(Versioned::value).toList()),
                orderLines, a.versions(), a.amendments(), a.thirdPartyDelegations(), a.suspensions(), control.formalNotices(),
                control.fundingDecisions(), control.meetings(), control.republicanBreaches(),
                allowed, reserved, today,
                new AgreementDetails.OperationTerms(a.operationPeriod(), a.ownOperationPeriod().isPresent(), a.keepUnspentClause()),
                account.instalments(today), next, proposedInstalment);
    }

    /** The allowed actions that the separation of duties keeps from {@code user} on this agreement. */
    private Set<AgreementAction> reservedForOthers(Agreement a, Set<AgreementAction> allowed, String user) {
        Set<AgreementAction> reserved = EnumSet.noneOf(AgreementAction.class);
        if (allowed.contains(AgreementAction.APPROVE) && !separationOfDuties.mayApprove(a, user)) {
            reserved.add(AgreementAction.APPROVE);
        }
        if (allowed.contains(AgreementAction.RECORD_BALANCE) && !separationOfDuties.mayPayBalance(a, user)) {
            reserved.add(AgreementAction.RECORD_BALANCE);
        }
        return reserved;
    }

    /** What the use cases would accept now, in the agreement's state and by its account's figures. */
    static Set<AgreementAction> allowedActions(Agreement a, AgreementControl control, AgreementAccount account) {
        Set<AgreementAction> actions = EnumSet.noneOf(AgreementAction.class);
        switch (a.status()) {
            case DRAFT -> actions.addAll(List.of(AgreementAction.EDIT_DRAFT, AgreementAction.APPROVE));
            case APPROVED -> actions.addAll(List.of(AgreementAction.SIGN, AgreementAction.RECORD_THIRD_PARTY_DELEGATION));
            case SIGNED, SUSPENDED -> {
                actions.addAll(List.of(AgreementAction.AMEND, AgreementAction.RECORD_THIRD_PARTY_DELEGATION, AgreementAction.SETTLE,
                        AgreementAction.RECORD_FUNDING_DECISION, AgreementAction.SEND_FORMAL_NOTICE, AgreementAction.TERMINATE,
                        AgreementAction.RECORD_MEETING));
                actions.add(a.status() == AgreementStatus.SIGNED ? AgreementAction.SUSPEND_PAYMENTS : AgreementAction.RESUME_PAYMENTS);
                if (!account.advanceAvailable().isZero()) {
                    actions.add(AgreementAction.RECORD_ADVANCE);
                }
            }
            case SETTLED -> {
                actions.addAll(List.of(AgreementAction.RECORD_FUNDING_DECISION, AgreementAction.SEND_FORMAL_NOTICE,
                        AgreementAction.TERMINATE, AgreementAction.RECORD_MEETING, AgreementAction.CLOSE));
                if (!account.balancePayable().isZero()) {
                    actions.add(AgreementAction.RECORD_BALANCE);
                }
            }
            case CLOSED, TERMINATED -> actions.add(AgreementAction.RECORD_MEETING);
        }
        if (control.hasUnremediedNotice() && a.status() != AgreementStatus.DRAFT) {
            actions.add(AgreementAction.RECORD_NOTICE_REMEDY);
        }
        if (!account.totalOutstanding().isZero()) {
            actions.add(AgreementAction.ISSUE_RECOVERY_ORDER);
        }
        return actions;
    }

    private static AgreementDetails.PaymentLine paymentLine(Versioned<Payment> v) {
        Payment p = v.value();
        return new AgreementDetails.PaymentLine(p.id(), v.version(), p.kind(), p.amount(), p.charges(), p.valueDate(),
                p.orderReference().map(PaymentOrderReference::value).orElse(null), p.status(), p.cancelledOn().orElse(null),
                p.cancelledBy().orElse(null), p.cancellationReason().orElse(null));
    }

    private static AgreementDetails.ObligationLine obligationLine(Versioned<Obligation> v, LocalDate today) {
        Obligation o = v.value();
        return new AgreementDetails.ObligationLine(o.id(), v.version(), o.type(), o.type().ruleId(), o.type().label(), o.dueDate(),
                o.statusOn(today), o.evidence(), o.rejectionReason().orElse(null), o.history());
    }

    private static AgreementDetails.RecoveryOrderLine orderLine(Versioned<RecoveryOrder> v) {
        RecoveryOrder o = v.value();
        return new AgreementDetails.RecoveryOrderLine(o.id(), v.version(), o.number(), o.ground(), o.amount(), o.amountReceived(),
                o.remainingDue(), o.issuedOn(), o.status());
    }

}
