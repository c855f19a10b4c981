package fr.conventio.domain.account;

import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.agreement.AgreementVersion;
import fr.conventio.domain.agreement.Instalment;
import fr.conventio.domain.agreement.InstalmentCondition;
import fr.conventio.domain.agreement.InstalmentSchedule;
import fr.conventio.domain.agreement.Settlement;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.control.AgreementControl;
import fr.conventio.domain.control.RepublicanBreachRecord;
import fr.conventio.domain.obligation.BalanceDocuments;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.payment.Payment;
import fr.conventio.domain.payment.PaymentDeadline;
import fr.conventio.domain.payment.PaymentId;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.payment.PaymentRequest;
import fr.conventio.domain.settlement.FundingDecision;
import fr.conventio.domain.settlement.FundingDecisionCause;
import fr.conventio.domain.settlement.FundingDecisionKind;
import fr.conventio.domain.settlement.RecoveryClaim;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.settlement.RecoveryOrder;
import fr.conventio.domain.settlement.RecoveryOrderStatus;
import fr.conventio.domain.settlement.SettlementPolicy;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.DatePeriod;
import fr.conventio.domain.shared.DomainException;
import fr.conventio.domain.shared.FrenchFormat;
import fr.conventio.domain.shared.IllegalTransitionException;
import fr.conventio.domain.shared.Rate;
import fr.conventio.domain.shared.RuleViolationException;
import fr.conventio.domain.termination.FormalNotice;
import fr.conventio.domain.termination.Party;
import fr.conventio.domain.termination.RepublicanCommitment;
import fr.conventio.domain.termination.RestitutionMode;
import fr.conventio.domain.termination.TerminationGround;
import fr.conventio.domain.termination.TerminationOutcome;
import fr.conventio.domain.termination.TerminationRequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The money of one agreement, and the one place that computes it: built from what is recorded (the
 * agreement, its payments, its recovery orders, its control file and its obligations), it knows
 * <ul>
 *   <li>the subsidy voted and in force (voted minus the reductions of A3 decisions and N2 withdrawals);</li>
 *   <li>the advance cap (V1, rounded down: never above the rate) and the balance part (V2);</li>
 *   <li>what was paid and cancelled, and what the association keeps of it (paid minus what A3 and N2
 *       make it owe back);</li>
 *   <li>the subsidy as adjusted (the cap of V3): the settled final subsidy (A1) less any reduction
 *       decided after the settlement, otherwise the subsidy in force; the balance due;</li>
 *   <li>what is owed back per ground (A1/A2 overpayment, T3 restitution, A3, N2), what recovery orders
 *       claim and what they recovered (A2);</li>
 *   <li>the commitment of each budget line and what the settlement or termination releases (B4);</li>
 *   <li>what is still open, and whether the file can be closed (D2).</li>
 * </ul>
 * It decides the payments ({@link #pay}, rules V1–V4 and the A3 suspension), the settlement
 * ({@link #settle}), the recovery claims ({@link #claim}) and gives the decisions of A3, T3 and N2 the
 * figures they are taken on. Immutable: a snapshot of the figures when it was built; a use case builds
 * it again from the aggregates it changed, and stores its {@link #figures()} for the read side.
 */
public final class AgreementAccount {

    private final AgreementId agreementId;
    private final String reference;
    private final AgreementStatus status;
    private final LocalDate signatureDate;
    private final BudgetYear budgetYear;
    private final Amount voted;
    private final Rate advanceRate;
    private final Amount advanceCap;
    private final Amount forecastExpenses;
    private final Settlement settlement;
    private final fr.conventio.domain.settlement.KeepUnspentClause keepUnspentClause;
    private final DatePeriod period;
    private final Map<BudgetLineId, Amount> shares;
    private final List<Payment> payments;
    private final List<RecoveryOrder> orders;
    private final List<Obligation> openObligations;
    private final boolean balanceDocumentsAccepted;
    private final boolean balanceRecorded;
    private final InstalmentSchedule schedule;
    private final Set<String> acceptedDocuments;
    /** The day each document (obligation type, by name) accepted or waived was so, the last such day. */
    private final Map<String, LocalDate> documentsFulfilledOn;

    private final Amount inForce;
    private final Amount adjusted;
    private final Amount paid;
    private final Amount cancelled;
    private final Amount advancesPaid;
    private final Amount kept;
    private final Amount balanceDue;
    private final Map<RecoveryGround, Amount> owed = new EnumMap<>(RecoveryGround.class);
    private final Map<RecoveryGround, Amount> claimed = new EnumMap<>(RecoveryGround.class);
    private final Amount recovered;
    private final Amount toRecover;
    private final List<LineAccount> lines;

    private AgreementAccount(Agreement agreement, List<Payment> payments, List<RecoveryOrder> orders, AgreementControl control,
                             List<Obligation> obligations) {
        this.agreementId = agreement.id();
        this.reference = agreement.reference().value();
        this.status = agreement.status();
        this.signatureDate = agreement.signatureDate().orElse(null);
        this.budgetYear = agreement.budgetYear();
        this.voted = agreement.subsidy().votedAmount();
        this.advanceRate = agreement.paymentTerms().advanceRate();
        this.advanceCap = agreement.paymentTerms().advanceCap(voted);
        this.forecastExpenses = agreement.forecastBudget().eligibleExpenses();
        this.settlement = agreement.settlement().orElse(null);
        this.keepUnspentClause = agreement.keepUnspentClause();
        this.period = agreement.period();
        this.shares = shares(agreement);
        this.payments = List.copyOf(payments);
        this.orders = List.copyOf(orders);
        requireOwnRecords(payments, orders, control, obligations);
        this.openObligations = obligations.stream().filter(o -> !o.status().isFulfilled()).toList();
        this.balanceDocumentsAccepted = BalanceDocuments.accepted(obligations);
        this.schedule = agreement.paymentTerms().instalments().orElse(null);
        this.acceptedDocuments = obligations.stream().filter(o -> o.status().isFulfilled()).map(o -> o.type().name()).collect(Collectors.toUnmodifiableSet());
        this.documentsFulfilledOn = obligations.stream().filter(o -> o.status().isFulfilled() && !o.history().isEmpty())
                .collect(Collectors.toUnmodifiableMap(o -> o.type().name(), o -> o.history().getLast().on(),
                        (one, other) -> one.isAfter(other) ? one : other));

        List<Payment> recordedPayments = payments.stream().filter(Payment::isRecorded).toList();
        this.paid = Amount.sum(recordedPayments.stream().map(Payment::amount).toList());
        this.cancelled = Amount.sum(payments.stream().filter(p -> !p.isRecorded()).map(Payment::amount).toList());
        this.advancesPaid = Amount.sum(recordedPayments.stream().filter(p -> p.kind() == PaymentKind.ADVANCE).map(Payment::amount).toList());
        this.balanceRecorded = recordedPayments.stream().anyMatch(p -> p.kind() == PaymentKind.BALANCE);

        Amount reductions = Amount.sum(control.fundingDecisions().stream().map(d -> d.subsidyBefore().minus(d.subsidyAfter())).toList())
                .plus(Amount.sum(control.republicanBreaches().stream().map(b -> b.withdrawal().amountWithdrawn()).toList()));
        this.inForce = voted.minusOrZero(reductions);
        if (settlement == null) {
            this.adjusted = inForce;
        } else {
            Amount decidedAfterSettlement = settlement.subsidyBaseIfKnown().orElse(inForce).minusOrZero(inForce);
            this.adjusted = settlement.finalSubsidy().minusOrZero(decidedAfterSettlement);
        }
        owed.put(RecoveryGround.FUNDING_DECISION,
                Amount.sum(control.fundingDecisions().stream().map(FundingDecision::amountToRecover).toList()));
        owed.put(RecoveryGround.REPUBLICAN_COMMITMENT_BREACH,
                Amount.sum(control.republicanBreaches().stream().map(RepublicanBreachRecord::withdrawal)
                        .map(RepublicanCommitment.Withdrawal::amountToRecover).toList()));
        this.kept = paid.minusOrZero(owed.get(RecoveryGround.FUNDING_DECISION).plus(owed.get(RecoveryGround.REPUBLICAN_COMMITMENT_BREACH)));
        owed.put(RecoveryGround.OVERPAYMENT, settlement == null ? Amount.ZERO : kept.minusOrZero(adjusted));
        owed.put(RecoveryGround.TERMINATION_RESTITUTION,
                control.termination().map(TerminationOutcome::amountToRestitute).orElse(Amount.ZERO));
        for (RecoveryGround ground : RecoveryGround.values()) {
            claimed.put(ground, Amount.sum(orders.stream()
                    .filter(o -> o.ground() == ground && o.status() != RecoveryOrderStatus.CANCELLED).map(RecoveryOrder::amount).toList()));
        }
        this.recovered = Amount.sum(orders.stream().map(RecoveryOrder::amountReceived).toList());
        this.toRecover = Amount.sum(orders.stream().filter(o -> o.status() == RecoveryOrderStatus.ISSUED).map(RecoveryOrder::remainingDue).toList());
        this.balanceDue = owesPayments() ? adjusted.minusOrZero(kept) : Amount.ZERO;
        this.lines = LineAccounts.of(shares, lineHistory(agreement), recordedPayments, finalCost(), recovered, isSigned());
    }

    /**
     * The account of an agreement from everything recorded about it.
     *
     * @param payments    every payment of the agreement, cancelled ones included
     * @param orders      every recovery order of the agreement, cancelled ones included
     * @param control     its control file ({@link AgreementControl#empty} when nothing was recorded)
     * @param obligations its obligations (none before signature)
     * @throws DomainException when a record belongs to another agreement
     */
    public static AgreementAccount of(Agreement agreement, List<Payment> payments, List<RecoveryOrder> orders,
                                      AgreementControl control, List<Obligation> obligations) {
        return new AgreementAccount(Objects.requireNonNull(agreement), Objects.requireNonNull(payments), Objects.requireNonNull(orders),
                Objects.requireNonNull(control), Objects.requireNonNull(obligations));
    }

    private void requireOwnRecords(List<Payment> payments, List<RecoveryOrder> orders, AgreementControl control, List<Obligation> obligations) {
        boolean foreign = payments.stream().anyMatch(p -> !p.agreementId().equals(agreementId))
                || orders.stream().anyMatch(o -> !o.agreementId().equals(agreementId))
                || !control.agreementId().equals(agreementId)
                || obligations.stream().anyMatch(o -> !o.agreementId().equals(agreementId));
        if (foreign) {
            throw new DomainException("compte de la convention " + reference + " : un versement, un titre, une obligation ou le dossier"
                    + " de contrôle appartient à une autre convention");
        }
    }

    private static Map<BudgetLineId, Amount> shares(Agreement agreement) {
        Map<BudgetLineId, Amount> shares = new LinkedHashMap<>();
        for (SubsidyAllocation allocation : agreement.subsidy().split()) {
            shares.put(allocation.budgetLineId(), allocation.amount());
        }
        return shares;
    }

    /** Every budget line the agreement ever drew on: the current split first, then those an amendment took out. */
    private static List<BudgetLineId> lineHistory(Agreement agreement) {
        List<BudgetLineId> lines = new ArrayList<>(agreement.subsidy().budgetLines());
        for (AgreementVersion version : agreement.versions()) {
            version.subsidy().budgetLines().stream().filter(line -> !lines.contains(line)).forEach(lines::add);
        }
        return lines;
    }

    private boolean isSigned() {
        return signatureDate != null;
    }

    /** Whether the funder may still owe payments: signed and neither terminated nor closed. */
    private boolean owesPayments() {
        return status == AgreementStatus.SIGNED || status == AgreementStatus.SUSPENDED || status == AgreementStatus.SETTLED;
    }

    /**
     * What the agreement finally costs the funder, as known now: nothing before signature; after a
     * termination, what the association keeps of what it received (T3); otherwise the subsidy as adjusted.
     */
    private Amount finalCost() {
        if (!isSigned()) {
            return Amount.ZERO;
        }
        if (status == AgreementStatus.TERMINATED) {
            return kept.min(adjusted).minusOrZero(owed.get(RecoveryGround.TERMINATION_RESTITUTION));
        }
        return adjusted;
    }

    // ---------------------------------------------------------------- decisions

    /**
     * Records a payment if the rules allow it (V1 advance, V2 balance, V3 never above the adjusted subsidy
     * nor twice, V4 budget lines and their shares, A3 suspension); nothing is created otherwise.
     *
     * @throws RuleViolationException naming the first rule broken, with the figures
     */
    public Payment pay(PaymentId id, PaymentRequest request) {
        PaymentPolicy.check(this, request);
        return Payment.record(id, agreementId, request);
    }

    /** Whether {@link #pay} would accept the request. */
    public boolean allows(PaymentRequest request) {
        try {
            PaymentPolicy.check(this, request);
            return true;
        } catch (RuleViolationException refused) {
            return false;
        }
    }

    /**
     * Settles the subsidy on the real justified expenses (A1, {@link SettlementPolicy}): on the subsidy in
     * force and what the association keeps of the payments, with the agreement's keep-unspent clause (A4).
     */
    public fr.conventio.domain.settlement.Settlement settle(Amount realExpenses) {
        return SettlementPolicy.settle(inForce, forecastExpenses, realExpenses, kept, keepUnspentClause);
    }

    /**
     * The claim of a recovery order (A2) for what is owed on {@code ground} and no order claims yet.
     *
     * @throws RuleViolationException (A2) when nothing is left to claim on that ground
     */
    public RecoveryClaim claim(RecoveryGround ground) {
        Amount outstanding = outstanding(ground);
        if (outstanding.isZero()) {
            throw new RuleViolationException("A2", "convention " + reference + " : aucune somme n'est à recouvrer au titre « "
                    + ground.label() + " » (dû " + FrenchFormat.amount(owed(ground)) + ", déjà mis en recouvrement "
                    + FrenchFormat.amount(claimed(ground)) + ")");
        }
        return new RecoveryClaim(ground, outstanding);
    }

    /** A funding decision (A3), taken on the subsidy as adjusted and on what the association holds of it. */
    public FundingDecision decide(FundingDecisionKind kind, FundingDecisionCause cause, String reason, Amount amount,
                                  LocalDate decidedOn, String decidedBy) {
        return new FundingDecision(agreementId, kind, cause, reason, amount, adjusted, held(), decidedOn, decidedBy);
    }

    /** What a termination (T1–T3) is decided on: the subsidy as adjusted over the agreement's period, and what the association holds. */
    public TerminationRequest terminationRequest(TerminationGround ground, Party initiatedBy, LocalDate effectiveDate,
                                                 FormalNotice notice, RestitutionMode restitution) {
        return new TerminationRequest(status, ground, initiatedBy, effectiveDate, notice, restitution, adjusted, period, held());
    }

    /** The withdrawal for a breach of the republican commitment (N2), on the subsidy as adjusted over the period. */
    public RepublicanCommitment.Withdrawal republicanWithdrawal(RepublicanCommitment commitment, LocalDate breachDate) {
        return commitment.withdrawalOnBreach(adjusted, period, breachDate, held());
    }

    /**
     * Refuses an amendment's subsidy that would fall below what the association keeps (V3) or give a line a
     * share below the payments charged to it (V4).
     */
    public void checkAmendedSubsidy(Subsidy amended) {
        if (amended.votedAmount().isLessThan(kept)) {
            throw new RuleViolationException("V3", "convention " + reference + " : l'avenant ne peut pas ramener la subvention à "
                    + FrenchFormat.amount(amended.votedAmount()) + ", en dessous des sommes conservées par l'association ("
                    + FrenchFormat.amount(kept) + ")");
        }
        for (LineAccount line : lines) {
            Amount share = amended.amountOn(line.budgetLineId()).orElse(Amount.ZERO);
            if (share.isLessThan(line.paid())) {
                throw new RuleViolationException("V4", "convention " + reference + " : l'avenant ne peut pas ramener la part d'une ligne"
                        + " budgétaire à " + FrenchFormat.amount(share) + ", en dessous de ce qui y est déjà imputé ("
                        + FrenchFormat.amount(line.paid()) + ")");
            }
        }
    }

    /**
     * Refuses to cancel a payment once a decision was taken on what was paid: a termination (T3), a funding
     * decision (A3) or a republican withdrawal (N2) that makes the association owe money back was computed on
     * the payments of the moment, and cancelling one afterwards would leave that sum owed on money never paid.
     * A closed file changes no more. Before those (a payment order rejected by the accountant), and after a
     * settlement (whose balance and overpayment follow the payments), cancelling is allowed.
     *
     * @throws RuleViolationException (V3) saying why
     */
    public void requireCancellable() {
        if (status == AgreementStatus.CLOSED) {
            throw new IllegalTransitionException("convention " + reference + " : le dossier est clôturé, ses versements ne peuvent plus être annulés");
        }
        if (status == AgreementStatus.TERMINATED
                || !owed.get(RecoveryGround.FUNDING_DECISION).plus(owed.get(RecoveryGround.REPUBLICAN_COMMITMENT_BREACH)).isZero()) {
            throw new RuleViolationException("V3", "convention " + reference + " : un versement ne peut plus être annulé une fois qu'une"
                    + " résiliation, une décision du financeur ou un retrait a été calculé sur les sommes versées ; enregistrez plutôt"
                    + " une décision de reversement");
        }
    }

    /**
     * Refuses to close the file (D2) unless it is settled and nothing is open: every obligation accepted or
     * waived, no balance due, nothing owed that no recovery order claims, every recovery order recovered.
     *
     * @throws IllegalTransitionException when the agreement is not settled
     * @throws RuleViolationException (D2) listing what is still open
     */
    public void requireClosable() {
        if (status == AgreementStatus.CLOSED) {
            throw new IllegalTransitionException("convention " + reference + " : le dossier est déjà clôturé");
        }
        if (status != AgreementStatus.SETTLED) {
            throw new IllegalTransitionException("convention " + reference + " : seul un dossier liquidé peut être clôturé ; cette convention est "
                    + AgreementStatusLabel.of(status));
        }
        List<OpenItem> open = openItems();
        if (!open.isEmpty()) {
            throw new RuleViolationException("D2", "convention " + reference + " : le dossier ne peut pas être clôturé tant que "
                    + (open.size() == 1 ? "ce point reste ouvert : " : "ces " + open.size() + " points restent ouverts : ")
                    + String.join(" ; ", open.stream().map(OpenItem::describe).toList()));
        }
    }

    /** What keeps the file open (D2), in the order staff deal with it: obligations, balance, sums to claim, orders to recover. */
    public List<OpenItem> openItems() {
        List<OpenItem> open = new ArrayList<>();
        openObligations.forEach(o -> open.add(OpenItem.obligation(o.type(), o.dueDate())));
        if (!balanceDue.isZero()) {
            open.add(OpenItem.balance(balanceDue));
        }
        for (RecoveryGround ground : RecoveryGround.values()) {
            Amount outstanding = outstanding(ground);
            if (!outstanding.isZero()) {
                open.add(OpenItem.toClaim(ground, outstanding));
            }
        }
        orders.stream().filter(o -> o.status() == RecoveryOrderStatus.ISSUED)
                .forEach(o -> open.add(OpenItem.orderToRecover(o.number(), o.remainingDue())));
        return List.copyOf(open);
    }

    /** Whether a manager may close the file now (D2). */
    public boolean isClosable() {
        return status == AgreementStatus.SETTLED && openItems().isEmpty();
    }

    // ---------------------------------------------------------------- figures

    public AgreementId agreementId() {
        return agreementId;
    }

    public String reference() {
        return reference;
    }

    public AgreementStatus status() {
        return status;
    }

    public Optional<LocalDate> signatureDate() {
        return Optional.ofNullable(signatureDate);
    }

    public BudgetYear budgetYear() {
        return budgetYear;
    }

    /** Where the file stands as staff name it (D2): "liquidée" once settled, "solde versé" once the balance is paid, ... */
    public AgreementStage stage() {
        return AgreementStage.of(status, balanceRecorded);
    }

    /** The subsidy voted, as last amended (B2). */
    public Amount votedSubsidy() {
        return voted;
    }

    /** The voted subsidy minus every reduction decided (A3 reductions and repayments, N2 withdrawals), never below zero. */
    public Amount subsidyInForce() {
        return inForce;
    }

    /** The cap of V3: the settled final subsidy (A1) less what was decided after the settlement, otherwise the subsidy in force. */
    public Amount adjustedSubsidy() {
        return adjusted;
    }

    /** The forecast eligible expenses of the forecast budget (B1), which the settlement (A1) is taken against. */
    public Amount forecastExpenses() {
        return forecastExpenses;
    }

    /** The settled final subsidy (A1), once settled. */
    public Optional<Amount> finalSubsidy() {
        return Optional.ofNullable(settlement).map(Settlement::finalSubsidy);
    }

    public Rate advanceRate() {
        return advanceRate;
    }

    /** V1: the most the advances may add up to, the largest amount in cents not above rate × voted subsidy (64 000,00 € for the seed). */
    public Amount advanceCap() {
        return advanceCap;
    }

    /**
     * V2: the part of the voted subsidy left for the balance when the advance is paid in full (16 000,00 € for the seed);
     * with a schedule of instalments (V5), the amount of its last instalment.
     */
    public Amount balancePart() {
        return schedule != null ? schedule.balancePart() : voted.minus(advanceCap);
    }

    /** The payments that count (not cancelled), in all. */
    public Amount paid() {
        return paid;
    }

    /** The cancelled payments, in all. */
    public Amount cancelled() {
        return cancelled;
    }

    /** The advances that count. */
    public Amount advancesPaid() {
        return advancesPaid;
    }

    // ---------------------------------------------------------------- instalments (V5)

    /** Whether the agreement is paid by a schedule of instalments (V5) rather than advance + balance. */
    public boolean paidByInstalments() {
        return schedule != null;
    }

    /** The schedule of instalments (V5), when the agreement is paid by instalments. */
    public Optional<InstalmentSchedule> instalmentSchedule() {
        return Optional.ofNullable(schedule);
    }

    /** The recorded payment of instalment {@code number} (V5), if any; the balance's for the last one. */
    Optional<Payment> paymentOfInstalment(int number) {
        return payments.stream().filter(Payment::isRecorded)
                .filter(p -> schedule != null && number == schedule.balanceNumber()
                        ? p.kind() == PaymentKind.BALANCE
                        : p.kind() == PaymentKind.INSTALMENT && p.instalmentNumber().orElse(0) == number)
                .findFirst();
    }

    /**
     * Whether the condition of instalment {@code number} (not the balance) is met on {@code day} (V5): the agreement
     * signed and not before its signature, and the date reached or the document accepted (or waived).
     */
    boolean instalmentConditionMet(int number, LocalDate day) {
        Instalment instalment = schedule.number(number);
        if (signatureDate == null || day.isBefore(signatureDate)) {
            return false;
        }
        return switch (instalment.condition()) {
            case SIGNATURE -> true;
            case DATE -> !day.isBefore(instalment.dueDate());
            case DOCUMENT_ACCEPTED -> acceptedDocuments.contains(instalment.document());
            case BALANCE -> false;
        };
    }

    /** Where each instalment of the schedule stands on {@code day} (V5); empty when paid by advance + balance. */
    public List<InstalmentState> instalments(LocalDate day) {
        if (schedule == null) {
            return List.of();
        }
        List<InstalmentState> states = new ArrayList<>();
        for (int number = 1; number <= schedule.size(); number++) {
            Instalment instalment = schedule.number(number);
            Optional<Payment> payment = paymentOfInstalment(number);
            InstalmentState.State state;
            if (payment.isPresent()) {
                state = InstalmentState.State.PAID;
            } else if (instalment.isBalance()) {
                state = balancePayable().isZero() ? InstalmentState.State.UPCOMING : InstalmentState.State.DUE;
            } else if (settlement != null || status == AgreementStatus.CLOSED) {
                state = InstalmentState.State.IN_BALANCE;
            } else {
                state = owesPayments() && instalmentConditionMet(number, day) ? InstalmentState.State.DUE : InstalmentState.State.UPCOMING;
            }
            states.add(new InstalmentState(number, instalment, state, payment.map(Payment::amount).orElse(Amount.ZERO),
                    payment.map(Payment::valueDate).orElse(null)));
        }
        return List.copyOf(states);
    }

    /**
     * The next instalment to pay on {@code day} (V5): the first one not paid, when its condition is met then
     * (for the last one, when the balance is payable, V2). What the payment dialog proposes.
     */
    public Optional<InstalmentState> nextInstalmentDue(LocalDate day) {
        return instalments(day).stream()
                .filter(i -> i.state() != InstalmentState.State.PAID && i.state() != InstalmentState.State.IN_BALANCE)
                .findFirst()
                .filter(i -> i.state() == InstalmentState.State.DUE);
    }

    /**
     * What may be paid for instalment {@code number} (V5, not the balance): its amount, within what the association
     * may still keep of the adjusted subsidy (V3); zero once paid or when the agreement does not owe it now.
     */
    public Amount instalmentPayable(int number) {
        if (schedule == null || number < 1 || number > schedule.size()) {
            return Amount.ZERO;
        }
        if (number == schedule.balanceNumber()) {
            return balancePayable();
        }
        if (status != AgreementStatus.SIGNED || paymentOfInstalment(number).isPresent()) {
            return Amount.ZERO;
        }
        return schedule.number(number).amount().min(adjusted.minusOrZero(kept));
    }

    /**
     * The dated instalments not yet paid (V5): deadlines of the funder's (N1), in date order, for the deadlines and
     * the dashboard. Empty once settled (what remains is paid with the balance) or when the funder owes nothing more.
     */
    public List<InstalmentState> instalmentDeadlines() {
        if (schedule == null || !owesPayments() || settlement != null) {
            return List.of();
        }
        List<InstalmentState> deadlines = new ArrayList<>();
        for (int number = 1; number < schedule.size(); number++) {
            Instalment instalment = schedule.number(number);
            if (instalment.condition() == InstalmentCondition.DATE && paymentOfInstalment(number).isEmpty()) {
                deadlines.add(new InstalmentState(number, instalment, InstalmentState.State.UPCOMING, Amount.ZERO, null));
            }
        }
        return List.copyOf(deadlines);
    }

    /**
     * The instalments (V5) the funder has to pay by a known date and has not paid: deadlines of the funder's (N1),
     * earliest first, stored with the figures for the deadlines list and the dashboard. A dated instalment is due on
     * its date; one that waits for an event, once the event happened, by the last of the 60 days of N1 counted from
     * it ({@link PaymentDeadline#lastDayAfter}): from the signature (signed 3 February 2020 ⇒ 3 April 2020), from the
     * day the awaited document was accepted or waived; an instalment whose event has not happened has no date yet.
     * The balance follows V2 (no date). Empty once settled (what remains is paid with the balance) or when the funder
     * owes nothing more.
     */
    public List<InstalmentDeadline> instalmentsToPayBy() {
        if (schedule == null || !owesPayments() || settlement != null || signatureDate == null) {
            return List.of();
        }
        List<InstalmentDeadline> deadlines = new ArrayList<>();
        for (int number = 1; number < schedule.size(); number++) {
            Instalment instalment = schedule.number(number);
            LocalDate dueBy = switch (instalment.condition()) {
                case DATE -> instalment.dueDate();
                case SIGNATURE -> PaymentDeadline.lastDayAfter(signatureDate);
                case DOCUMENT_ACCEPTED -> Optional.ofNullable(documentsFulfilledOn.get(instalment.document()))
                        .map(PaymentDeadline::lastDayAfter).orElse(null);
                case BALANCE -> null;
            };
            if (dueBy != null && paymentOfInstalment(number).isEmpty()) {
                deadlines.add(new InstalmentDeadline(number, dueBy, instalment.amount()));
            }
        }
        deadlines.sort(java.util.Comparator.comparing(InstalmentDeadline::dueBy).thenComparing(InstalmentDeadline::number));
        return List.copyOf(deadlines);
    }

    /** The charges staff are offered for instalment {@code number} (V5): its payable amount shared out on the lines' shares left. */
    public List<LineCharge> proposedInstalmentCharges(int number) {
        return shareOut(instalmentPayable(number));
    }

    /** Whether a balance payment is recorded (and not cancelled). */
    public boolean balanceRecorded() {
        return balanceRecorded;
    }

    /** What the association keeps of the payments: paid minus what the A3 decisions and N2 withdrawals make it owe back. */
    public Amount kept() {
        return kept;
    }

    /** What the association holds within the subsidy as adjusted: the amount a decision, a termination or a withdrawal is taken on. */
    public Amount held() {
        return kept.min(adjusted);
    }

    /** What the funder still owes (adjusted subsidy minus what the association keeps) while it may pay; zero once terminated or closed. */
    public Amount balanceDue() {
        return balanceDue;
    }

    /** The advance that may be paid now (V1 within V3), zero unless the agreement is signed and not suspended, and paid by advance + balance. */
    public Amount advanceAvailable() {
        if (status != AgreementStatus.SIGNED || schedule != null) {
            return Amount.ZERO;
        }
        return advanceCap.minusOrZero(advancesPaid).min(adjusted.minusOrZero(kept));
    }

    /** The balance that may be paid now (V2): once settled, the three balance documents in and no balance paid yet; zero otherwise. */
    public Amount balancePayable() {
        return status == AgreementStatus.SETTLED && balanceDocumentsAccepted && !balanceRecorded ? balanceDue : Amount.ZERO;
    }

    public boolean balanceDocumentsAccepted() {
        return balanceDocumentsAccepted;
    }

    /** What the association owes back on a ground, whether a recovery order claims it yet or not. */
    public Amount owed(RecoveryGround ground) {
        return owed.get(ground);
    }

    /** What the recovery orders (not cancelled) claim on a ground. */
    public Amount claimed(RecoveryGround ground) {
        return claimed.get(ground);
    }

    /** What is owed on a ground and no recovery order claims yet. */
    public Amount outstanding(RecoveryGround ground) {
        return owed(ground).minusOrZero(claimed(ground));
    }

    /** What is owed and no recovery order claims yet, every ground together. */
    public Amount totalOutstanding() {
        return Amount.sum(Arrays.stream(RecoveryGround.values()).map(this::outstanding).toList());
    }

    /** The overpayment of the settlement (A1) that no recovery order claims yet. */
    public Amount overpaymentToClaim() {
        return outstanding(RecoveryGround.OVERPAYMENT);
    }

    /** What the recovery orders still waiting for money have left to recover. */
    public Amount toRecover() {
        return toRecover;
    }

    /** What the recovery orders recovered, in all. */
    public Amount recovered() {
        return recovered;
    }

    /** The obligations neither accepted nor waived. */
    public int openObligationCount() {
        return openObligations.size();
    }

    /** Each budget line the agreement draws on, with its share, commitment, release, payments and recoveries (B4, V4). */
    public List<LineAccount> lines() {
        return lines;
    }

    /** The line of {@code budgetLineId}, if the agreement draws on it. */
    public Optional<LineAccount> line(BudgetLineId budgetLineId) {
        return lines.stream().filter(l -> l.budgetLineId().equals(budgetLineId)).findFirst();
    }

    /**
     * The charges staff are offered for a payment of {@code kind} (they may change them within V4): the
     * advance available, or the balance payable, shared out on what each line has left of its share (never
     * above it, since the association never keeps more than the subsidy). Empty when nothing of that kind can
     * be paid now.
     */
    public List<LineCharge> proposedCharges(PaymentKind kind) {
        return switch (kind) {
            case ADVANCE -> shareOut(advanceAvailable());
            case BALANCE -> shareOut(balancePayable());
            case INSTALMENT -> nextInstalmentNumber().filter(n -> n < schedule.balanceNumber())
                    .map(this::proposedInstalmentCharges).orElse(List.of());
        };
    }

    /** The number of the first instalment not paid (V5), whether its condition is met or not. */
    public Optional<Integer> nextInstalmentNumber() {
        if (schedule == null) {
            return Optional.empty();
        }
        for (int number = 1; number <= schedule.size(); number++) {
            if (paymentOfInstalment(number).isEmpty()) {
                return Optional.of(number);
            }
        }
        return Optional.empty();
    }

    private List<LineCharge> shareOut(Amount amount) {
        if (amount.isZero()) {
            return List.of();
        }
        List<LineAccount> open = lines.stream().filter(l -> !l.share().isZero()).toList();
        List<Amount> weights = open.stream().map(LineAccount::shareLeft).toList();
        if (Amount.sum(weights).isZero()) {
            weights = open.stream().map(LineAccount::share).toList();
        }
        List<Amount> parts = amount.apportion(weights);
        List<LineCharge> charges = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            if (!parts.get(i).isZero()) {
                charges.add(new LineCharge(open.get(i).budgetLineId(), parts.get(i)));
            }
        }
        return List.copyOf(charges);
    }

    /** The voted share of a line in the current split (zero for a line outside it). */
    Amount shareOn(BudgetLineId line) {
        return shares.getOrDefault(line, Amount.ZERO);
    }

    boolean drawsOn(BudgetLineId line) {
        return shares.containsKey(line);
    }

    List<Payment> payments() {
        return payments;
    }

    /** The figures the read side selects, as computed now. */
    public AccountFigures figures() {
        return new AccountFigures(agreementId, status, stage(), budgetYear, voted, inForce, adjusted, finalSubsidy().orElse(null),
                advanceCap, paid, cancelled, advancesPaid, kept, balanceDue, advanceAvailable(), balancePayable(),
                Amount.sum(owed.values()), Amount.sum(claimed.values()), totalOutstanding(), overpaymentToClaim(), toRecover, recovered,
                openObligations.size(), isClosable(), lines, instalmentsToPayBy());
    }

    @Override
    public String toString() {
        return "AgreementAccount[" + reference + ", " + status + ", voté " + voted + ", ajusté " + adjusted + ", versé " + paid
                + ", conservé " + kept + ", solde dû " + balanceDue + "]";
    }
}
