package fr.conventio.domain.account;

import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.control.AgreementControl;
import fr.conventio.domain.control.RepublicanBreachRecord;
import fr.conventio.domain.obligation.EvidenceRef;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationSchedule;
import fr.conventio.domain.obligation.ObligationScheduleInput;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.payment.Payment;
import fr.conventio.domain.payment.PaymentId;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.payment.PaymentOrderReference;
import fr.conventio.domain.payment.PaymentRequest;
import fr.conventio.domain.settlement.FundingDecisionCause;
import fr.conventio.domain.settlement.FundingDecisionKind;
import fr.conventio.domain.settlement.RecoveryClaim;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.settlement.RecoveryOrder;
import fr.conventio.domain.settlement.RecoveryOrderId;
import fr.conventio.domain.settlement.RecoveryOrderNumber;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.termination.FormalNotice;
import fr.conventio.domain.termination.Party;
import fr.conventio.domain.termination.RepublicanCommitment;
import fr.conventio.domain.termination.RestitutionMode;
import fr.conventio.domain.termination.TerminationGround;
import fr.conventio.domain.termination.TerminationOutcome;
import fr.conventio.domain.termination.TerminationPolicy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The real 2020 agreement's file (agreement, payments, recovery orders, control file, obligations), taken
 * through its life with the domain's own operations, for tests of its {@link AgreementAccount}. Each step
 * returns the file; {@link #account()} is the account of the file as it stands.
 *
 * <pre>{@code
 * AgreementAccount account = SeedFile.signed().advances64000().settle("936301.50").account();
 * }</pre>
 */
public final class SeedFile {

    /** The budget lines of the seed: 30 000,00 € on CT1, 50 000,00 € on the Pays d'Aix line. */
    public static final BudgetLineId CT1 = AgreementFixtures.CT1_LINE_ID;
    public static final BudgetLineId PAYS_D_AIX = AgreementFixtures.PAYS_AIX_LINE_ID;
    public static final LocalDate SIGNED_ON = AgreementFixtures.SIGNATURE_DATE;
    /** The day the seed's advances are paid. */
    public static final LocalDate ADVANCE_DAY = LocalDate.of(2020, 3, 2);
    /** The day staff settle the seed (after the 30 June 2021 documents). */
    public static final LocalDate SETTLEMENT_DAY = LocalDate.of(2021, 7, 1);

    private final Agreement agreement;
    private final List<Payment> payments = new ArrayList<>();
    private final List<RecoveryOrder> orders = new ArrayList<>();
    private final List<Obligation> obligations = new ArrayList<>();
    private AgreementControl control;
    private int orderSequence;
    private int paymentSequence;

    private SeedFile(Agreement agreement) {
        this.agreement = agreement;
        this.control = AgreementControl.empty(agreement.id());
    }

    /** The seed in DRAFT: nothing committed, nothing due. */
    public static SeedFile draft() {
        return new SeedFile(AgreementFixtures.seedAgreement());
    }

    /** The seed signed on 3 February 2020, with its obligations (O1–O10) pending. */
    public static SeedFile signed() {
        SeedFile file = new SeedFile(AgreementFixtures.signedSeedAgreement());
        file.obligations.addAll(ObligationSchedule.generate(file.agreement.id(),
                ObligationScheduleInput.atSignature(file.agreement, AgreementFixtures.seedAssociation())));
        return file;
    }

    /**
     * The seed with {@code draftChanges} made while in DRAFT (e.g. a keep-unspent clause, A4, or an operation
     * period, D4), then approved and signed on 3 February 2020, with its obligations pending.
     */
    public static SeedFile signedWith(java.util.function.Consumer<Agreement> draftChanges) {
        Agreement agreement = AgreementFixtures.seedAgreement();
        draftChanges.accept(agreement);
        agreement.approve(AgreementFixtures.seedDeliberation());
        agreement.sign(AgreementFixtures.SIGNATURE_DATE);
        SeedFile file = new SeedFile(agreement);
        file.obligations.addAll(ObligationSchedule.generate(agreement.id(),
                ObligationScheduleInput.atSignature(agreement, AgreementFixtures.seedAssociation())));
        return file;
    }

    /**
     * The seed paid in instalments (V5) — 32 000,00 € at signature, 32 000,00 € on 1 June 2020, 16 000,00 € balance
     * after the documents — signed on 3 February 2020, its obligations pending.
     */
    public static SeedFile signedInInstalments() {
        return signedInInstalments(SEED_INSTALMENTS);
    }

    /** The seed paid by {@code schedule} (V5), signed on 3 February 2020, its obligations pending. */
    public static SeedFile signedInInstalments(fr.conventio.domain.agreement.InstalmentSchedule schedule) {
        Agreement agreement = AgreementFixtures.seedAgreement();
        agreement.changePaymentTerms(agreement.paymentTerms().withInstalments(schedule));
        agreement.approve(AgreementFixtures.seedDeliberation());
        agreement.sign(SIGNED_ON);
        SeedFile file = new SeedFile(agreement);
        file.obligations.addAll(ObligationSchedule.generate(agreement.id(),
                ObligationScheduleInput.atSignature(agreement, AgreementFixtures.seedAssociation())));
        return file;
    }

    /** The seed's schedule of instalments (V5). */
    public static final fr.conventio.domain.agreement.InstalmentSchedule SEED_INSTALMENTS = fr.conventio.domain.agreement.InstalmentSchedule.of(
            fr.conventio.domain.agreement.Instalment.atSignature(Amount.of(32000)),
            fr.conventio.domain.agreement.Instalment.on(Amount.of(32000), LocalDate.of(2020, 6, 1)),
            fr.conventio.domain.agreement.Instalment.balance(Amount.of(16000)));

    /** Instalment {@code number} as the account proposes it (its charges), on {@code day}. */
    public SeedFile payProposedInstalment(int number, LocalDate day) {
        List<LineCharge> charges = account().proposedInstalmentCharges(number);
        return pay(new PaymentRequest(PaymentKind.INSTALMENT, charges, day, new PaymentOrderReference(nextOrderReference()), number));
    }

    public AgreementAccount account() {
        return AgreementAccount.of(agreement, payments, orders, control, obligations);
    }

    public Agreement agreement() {
        return agreement;
    }

    public List<Payment> payments() {
        return List.copyOf(payments);
    }

    public List<RecoveryOrder> orders() {
        return List.copyOf(orders);
    }

    public AgreementControl control() {
        return control;
    }

    public List<Obligation> obligations() {
        return List.copyOf(obligations);
    }

    // ---------------------------------------------------------------- payments

    /** Records a payment through the account (the rules apply). */
    public SeedFile pay(PaymentRequest request) {
        payments.add(account().pay(PaymentId.newId(), request));
        return this;
    }

    /** An advance of {@code amount} on one line, on {@link #ADVANCE_DAY}, with a fresh order reference. */
    public SeedFile advance(String amount, BudgetLineId line) {
        return pay(PaymentRequest.advance(Amount.of(amount), line, ADVANCE_DAY, nextOrderReference()));
    }

    /** The seed's advances: 24 000,00 € on CT1 and 40 000,00 € on the Pays d'Aix line, 64 000,00 € in all. */
    public SeedFile advances64000() {
        return advance("24000", CT1).advance("40000", PAYS_D_AIX);
    }

    /** The balance as the account proposes it (its amount and its charges), on {@code day}. */
    public SeedFile payProposedBalance(LocalDate day) {
        List<LineCharge> charges = account().proposedCharges(PaymentKind.BALANCE);
        return pay(new PaymentRequest(PaymentKind.BALANCE, charges, day, new PaymentOrderReference(nextOrderReference())));
    }

    /** Cancels the last payment recorded. */
    public SeedFile cancelLastPayment(LocalDate day) {
        payments.getLast().cancel("mandat rejeté par le comptable", "finances.test", day);
        return this;
    }

    private String nextOrderReference() {
        return "M-2020-%04d".formatted(++paymentSequence);
    }

    // ---------------------------------------------------------------- obligations

    /** Receives and accepts the three balance documents (O10). */
    public SeedFile acceptBalanceDocuments(LocalDate day) {
        for (Obligation o : obligations) {
            if (o.type().isBalanceDocument()) {
                accept(o, day);
            }
        }
        return this;
    }

    /** Receives and accepts every obligation. */
    public SeedFile fulfilEveryObligation(LocalDate day) {
        obligations.stream().filter(o -> !o.status().isFulfilled()).forEach(o -> accept(o, day));
        return this;
    }

    /** Accepts one obligation (received then accepted on {@code day}). */
    public SeedFile accept(ObligationType type, LocalDate day) {
        obligations.stream().filter(o -> o.type() == type).forEach(o -> accept(o, day));
        return this;
    }

    public SeedFile waive(ObligationType type, LocalDate day) {
        obligations.stream().filter(o -> o.type() == type).forEach(o -> o.waive("pièce sans objet", "responsable.test", day));
        return this;
    }

    private static void accept(Obligation obligation, LocalDate day) {
        obligation.receive(new EvidenceRef("doc-" + obligation.type(), obligation.type().label() + ".pdf"), day, "instructeur.test");
        obligation.accept("instructeur.test", day);
    }

    // ---------------------------------------------------------------- settlement, recovery

    /** Settles on real expenses of {@code realExpenses} on {@link #SETTLEMENT_DAY}. */
    public SeedFile settle(String realExpenses) {
        agreement.markSettled(account().settle(Amount.of(realExpenses)), SETTLEMENT_DAY, "responsable");
        return this;
    }

    /** Issues a recovery order for everything owed and not yet claimed on {@code ground}, on {@code day}. */
    public SeedFile issueOrder(RecoveryGround ground, LocalDate day) {
        RecoveryClaim claim = account().claim(ground);
        orders.add(RecoveryOrder.issue(RecoveryOrderId.newId(), agreement.funderId(), agreement.id(),
                RecoveryOrderNumber.of(day.getYear(), ++orderSequence), claim, claim.amountDue(), day));
        return this;
    }

    /** Records a receipt of {@code amount} on the last order issued. */
    public SeedFile receive(String amount, LocalDate day) {
        orders.getLast().recordReceipt(Amount.of(amount), day);
        return this;
    }

    /** Closes the file if the account lets it (D2). */
    public SeedFile close(LocalDate day) {
        account().requireClosable();
        agreement.close(day);
        return this;
    }

    // ---------------------------------------------------------------- decisions

    /** Records a funding decision (A3) taken on the account's figures. */
    public SeedFile decide(FundingDecisionKind kind, String amount, LocalDate day) {
        control = control.withDecision(account().decide(kind, FundingDecisionCause.NON_EXECUTION, "exécution partielle",
                amount == null ? null : Amount.of(amount), day, "responsable.test"));
        return this;
    }

    /** Records a breach of the republican commitment (N2) on {@code day}. */
    public SeedFile republicanBreach(LocalDate requestDate, LocalDate commitmentDate, LocalDate breach) {
        RepublicanCommitment.Withdrawal withdrawal = account().republicanWithdrawal(new RepublicanCommitment(requestDate, commitmentDate), breach);
        control = control.withRepublicanBreach(new RepublicanBreachRecord(withdrawal, "responsable.test"));
        return this;
    }

    /** Sends a formal notice from the funder (T1) on {@code day}. */
    public SeedFile formalNotice(LocalDate day) {
        control = control.withNotice(FormalNotice.send(day, "RAR-1", "actions non réalisées", Party.FUNDER));
        return this;
    }

    /** Terminates for breach after the last notice, with {@code restitution} (T1, T3), effective on {@code day}. */
    public SeedFile terminateForBreach(RestitutionMode restitution, LocalDate day) {
        FormalNotice notice = control.noticeForTerminationBy(Party.FUNDER).orElseThrow();
        TerminationOutcome outcome = TerminationPolicy.decide(account().terminationRequest(TerminationGround.BREACH_AFTER_NOTICE, Party.FUNDER,
                day, notice, restitution));
        agreement.terminate(day, TerminationGround.BREACH_AFTER_NOTICE.label());
        control = control.withTerminationOutcome(outcome);
        return this;
    }
}
