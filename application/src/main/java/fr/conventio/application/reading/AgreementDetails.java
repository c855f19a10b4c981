package fr.conventio.application.reading;

import fr.conventio.domain.account.AccountFigures;
import fr.conventio.domain.account.AgreementStage;
import fr.conventio.domain.account.OpenItem;
import fr.conventio.domain.agreement.ActionProgramme;
import fr.conventio.domain.agreement.AgreementObject;
import fr.conventio.domain.agreement.AgreementRequirement;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.agreement.AgreementVersion;
import fr.conventio.domain.agreement.Amendment;
import fr.conventio.domain.agreement.ForecastBudget;
import fr.conventio.domain.agreement.PaymentTerms;
import fr.conventio.domain.agreement.Settlement;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.agreement.Suspension;
import fr.conventio.domain.agreement.Termination;
import fr.conventio.domain.agreement.ThirdPartyDelegation;
import fr.conventio.domain.control.MeetingRecord;
import fr.conventio.domain.control.RepublicanBreachRecord;
import fr.conventio.domain.obligation.EvidenceRef;
import fr.conventio.domain.obligation.ObligationEvent;
import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.obligation.ObligationStatus;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.party.Deliberation;
import fr.conventio.domain.party.Representative;
import fr.conventio.domain.party.Signatory;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.payment.PaymentDeadline;
import fr.conventio.domain.payment.PaymentId;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.payment.PaymentStatus;
import fr.conventio.domain.settlement.FundingDecision;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.settlement.RecoveryOrderId;
import fr.conventio.domain.settlement.RecoveryOrderNumber;
import fr.conventio.domain.settlement.RecoveryOrderStatus;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.Rate;
import fr.conventio.domain.termination.FormalNotice;
import fr.conventio.domain.termination.TerminationOutcome;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The agreement page (read model): terms in force, history (versions, amendments, suspensions), money
 * (payments, settlement, recovery orders), obligations with their status on {@code today}, control
 * (formal notices, funding decisions, meetings, termination) and the actions allowed next.
 * {@code version} is the agreement's version, to send back with the next agreement command. Fields
 * that do not apply yet are {@code null} (deliberation, signature date, settlement...).
 *
 * @param account          the figures of the agreement's account (subsidy in force and adjusted, advance cap,
 *                         paid, kept, balance due, what is owed and recovered, the budget lines), as computed now
 * @param openItems        what keeps the file from being closed (D2), in the order staff deal with it
 * @param proposedAdvance  the charges offered for an advance (empty when none may be paid now)
 * @param proposedBalance  the charges offered for the balance (empty when it may not be paid now)
 * @param outstanding      per recovery ground, what is owed and no recovery order claims yet (zero grounds left out)
 * @param allowedActions   what may be done next, by the agreement's state and, for the current user, the separation
 *                         of duties
 * @param reservedForOthers the actions the state allows but the separation of duties reserves to someone other than
 *                         the current user (approving what they drafted, paying the balance of what they settled)
 * @param operationTerms   the operation period (D4) and the keep-unspent clause (A4) in force
 * @param instalments      each instalment of the schedule (V5) and its state today; empty when paid by advance + balance
 * @param nextInstalment   the next instalment due today (V5), or {@code null}
 * @param proposedInstalment the charges offered for that instalment when it is not the balance (empty otherwise)
 */
public record AgreementDetails(AgreementId id, long version, String reference, AgreementStatus status, BudgetYear budgetYear,
                               String funderName, AssociationId associationId, String associationName,
                               Signatory signatory, Representative representative, AgreementObject object, ActionProgramme programme,
                               ForecastBudget forecastBudget, Subsidy subsidy, Rate shareOfCost, PaymentTerms paymentTerms,
                               AgreementRequirement requirement, Deliberation deliberation, LocalDate signatureDate,
                               AccountFigures account, List<OpenItem> openItems, List<LineCharge> proposedAdvance,
                               List<LineCharge> proposedBalance, Map<RecoveryGround, Amount> outstanding,
                               Settlement settlement, LocalDate closedOn, Termination termination, TerminationOutcome terminationOutcome,
                               PaymentDeadline paymentDeadline,
                               List<PaymentLine> payments, List<ObligationLine> obligations, Set<ObligationType> balanceDocumentsOutstanding,
                               List<RecoveryOrderLine> recoveryOrders,
                               List<AgreementVersion> versions, List<Amendment> amendments, List<ThirdPartyDelegation> thirdPartyDelegations,
                               List<Suspension> suspensions, List<FormalNotice> formalNotices, List<FundingDecision> fundingDecisions,
                               List<MeetingRecord> meetings, List<RepublicanBreachRecord> republicanBreaches,
                               Set<AgreementAction> allowedActions, Set<AgreementAction> reservedForOthers, LocalDate today,
                               OperationTerms operationTerms,
                               List<fr.conventio.domain.account.InstalmentState> instalments,
                               fr.conventio.domain.account.InstalmentState nextInstalment, List<LineCharge> proposedInstalment) {

    /**
     * The operation's period (D4: its own, or the budget year when {@code ownPeriod} is false) and the keep-unspent
     * clause (A4) in force.
     */
    public record OperationTerms(fr.conventio.domain.shared.DatePeriod operationPeriod, boolean ownPeriod,
                                 fr.conventio.domain.settlement.KeepUnspentClause keepUnspentClause) {
    }

    public AgreementDetails {
        openItems = List.copyOf(openItems);
        proposedAdvance = List.copyOf(proposedAdvance);
        proposedBalance = List.copyOf(proposedBalance);
        outstanding = Map.copyOf(outstanding);
        payments = List.copyOf(payments);
        obligations = List.copyOf(obligations);
        balanceDocumentsOutstanding = Set.copyOf(balanceDocumentsOutstanding);
        recoveryOrders = List.copyOf(recoveryOrders);
        versions = List.copyOf(versions);
        amendments = List.copyOf(amendments);
        thirdPartyDelegations = List.copyOf(thirdPartyDelegations);
        suspensions = List.copyOf(suspensions);
        formalNotices = List.copyOf(formalNotices);
        fundingDecisions = List.copyOf(fundingDecisions);
        meetings = List.copyOf(meetings);
        republicanBreaches = List.copyOf(republicanBreaches);
        allowedActions = Set.copyOf(allowedActions);
        reservedForOthers = Set.copyOf(reservedForOthers);
        instalments = instalments == null ? List.of() : List.copyOf(instalments);
        proposedInstalment = proposedInstalment == null ? List.of() : List.copyOf(proposedInstalment);
    }

    public boolean allows(AgreementAction action) {
        return allowedActions.contains(action);
    }

    /** Where the file stands as staff name it (liquidée, solde versé, clôturée...). */
    public AgreementStage stage() {
        return account.stage();
    }

    /** V1: the most the advances may add up to. */
    public Amount advanceCap() {
        return account.advanceCap();
    }

    /** The voted subsidy minus the reductions decided (A3, N2). */
    public Amount subsidyInForce() {
        return account.subsidyInForce();
    }

    /** The cap of V3: the final subsidy once settled, else the subsidy in force. */
    public Amount adjustedSubsidy() {
        return account.adjustedSubsidy();
    }

    /** The payments that count (cancelled ones excluded). */
    public Amount totalPaid() {
        return account.paid();
    }

    /** What the funder still owes the association. */
    public Amount balanceDue() {
        return account.balanceDue();
    }

    /** What the association owes back and no recovery order claims yet, all grounds together. */
    public Amount amountToRecover() {
        return account.outstanding();
    }

    /** One payment, with its version for the cancellation command. {@code orderReference} and the cancellation fields may be {@code null}. */
    public record PaymentLine(PaymentId id, long version, PaymentKind kind, Amount amount, List<LineCharge> charges, LocalDate valueDate,
                              String orderReference, PaymentStatus status, LocalDate cancelledOn, String cancelledBy,
                              String cancellationReason) {
    }

    /** One obligation, with its status on {@code today} (OVERDUE derived) and its version for the evidence commands. */
    public record ObligationLine(ObligationId id, long version, ObligationType type, String ruleId, String label, LocalDate dueDate,
                                 ObligationStatus status, List<EvidenceRef> evidence, String rejectionReason, List<ObligationEvent> history) {
    }

    /** One recovery order, with its version for the receipt command. */
    public record RecoveryOrderLine(RecoveryOrderId id, long version, RecoveryOrderNumber number, RecoveryGround ground, Amount amount,
                                    Amount received, Amount remainingDue, LocalDate issuedOn, RecoveryOrderStatus status) {
    }
}
