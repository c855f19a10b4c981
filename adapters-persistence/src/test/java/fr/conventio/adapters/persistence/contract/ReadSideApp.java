package fr.conventio.adapters.persistence.contract;

import fr.conventio.application.agreementfile.AgreementFile;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.association.RegisterAssociationCommand;
import fr.conventio.application.association.RegisterAssociationService;
import fr.conventio.application.control.FundingDecisionAction;
import fr.conventio.application.control.RecordFundingDecisionCommand;
import fr.conventio.application.control.RecordFundingDecisionService;
import fr.conventio.application.drafting.AgreementTerms;
import fr.conventio.application.drafting.CreateDraftAgreementCommand;
import fr.conventio.application.drafting.CreateDraftAgreementService;
import fr.conventio.application.fakes.InMemorySubmissionKeys;
import fr.conventio.application.fakes.FixedCurrentUser;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.InMemoryDocumentStorage;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.funder.DefineBudgetLineCommand;
import fr.conventio.application.funder.DefineBudgetLineService;
import fr.conventio.application.funder.SetUpFunderCommand;
import fr.conventio.application.funder.SetUpFunderService;
import fr.conventio.application.lifecycle.ApproveAgreementCommand;
import fr.conventio.application.lifecycle.ApproveAgreementService;
import fr.conventio.application.lifecycle.SignAgreementCommand;
import fr.conventio.application.agreementfile.AnnualSubsidiesReview;
import fr.conventio.application.lifecycle.SignAgreementService;
import fr.conventio.application.obligation.AcceptEvidenceCommand;
import fr.conventio.application.obligation.AcceptEvidenceService;
import fr.conventio.application.obligation.ReceiveEvidenceCommand;
import fr.conventio.application.obligation.ReceiveEvidenceService;
import fr.conventio.application.obligation.RejectEvidenceCommand;
import fr.conventio.application.obligation.RejectEvidenceService;
import fr.conventio.application.obligation.WaiveObligationCommand;
import fr.conventio.application.obligation.WaiveObligationService;
import fr.conventio.application.payment.CancelPaymentCommand;
import fr.conventio.application.payment.CancelPaymentService;
import fr.conventio.application.payment.RecordPaymentCommand;
import fr.conventio.application.payment.RecordPaymentService;
import fr.conventio.application.shared.SeparationOfDuties;
import fr.conventio.application.lifecycle.CloseAgreementCommand;
import fr.conventio.application.lifecycle.CloseAgreementService;
import fr.conventio.application.port.out.AgreementAccountRepository;
import fr.conventio.application.port.out.AgreementControlRepository;
import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.port.out.AssociationRepository;
import fr.conventio.application.port.out.BudgetLineRepository;
import fr.conventio.application.port.out.DocumentRef;
import fr.conventio.application.port.out.FunderRepository;
import fr.conventio.application.port.out.ObligationRepository;
import fr.conventio.application.port.out.PaymentRepository;
import fr.conventio.application.port.out.RecoveryOrderNumberingPort;
import fr.conventio.application.port.out.RecoveryOrderRepository;
import fr.conventio.application.settlement.IssueRecoveryOrderCommand;
import fr.conventio.application.settlement.IssueRecoveryOrderService;
import fr.conventio.application.settlement.RecordRecoveryReceiptCommand;
import fr.conventio.application.settlement.RecordRecoveryReceiptService;
import fr.conventio.application.settlement.SettleAgreementCommand;
import fr.conventio.application.settlement.SettleAgreementService;
import fr.conventio.application.shared.Versioned;
import fr.conventio.application.termination.SendFormalNoticeCommand;
import fr.conventio.application.termination.SendFormalNoticeService;
import fr.conventio.application.termination.TerminateAgreementCommand;
import fr.conventio.application.termination.TerminateAgreementService;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.agreement.ForecastBudget;
import fr.conventio.domain.agreement.PaymentTerms;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.obligation.BalanceDocuments;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.party.Funder;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.payment.PaymentOrderReference;
import fr.conventio.domain.settlement.FundingDecisionCause;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.settlement.RecoveryOrder;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.termination.Party;
import fr.conventio.domain.termination.RestitutionMode;
import fr.conventio.domain.termination.TerminationGround;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The write use cases of the application on the repositories of a store (the in-memory fakes or the
 * PostgreSQL adapters), and the steps of the real 2020 agreement ({@link AgreementFixtures}, as
 * {@link SeedSteps} takes them) that the read-side contracts arrange their data with. Every step goes
 * through a use case, with the version read from the store, as a user would.
 */
public final class ReadSideApp {

    /** The repositories a store provides. */
    public record Store(AgreementRepository agreements, AssociationRepository associations, FunderRepository funders,
                        BudgetLineRepository budgetLines, PaymentRepository payments, ObligationRepository obligations,
                        RecoveryOrderRepository recoveryOrders, AgreementControlRepository controls,
                        RecoveryOrderNumberingPort numbering, AgreementAccountRepository accounts) {

        /** The fakes of an in-memory application (which its query fakes read). */
        public static Store of(InMemoryConventio app) {
            return new Store(app.agreements, app.associations, app.funders, app.budgetLines, app.payments, app.obligations,
                    app.recoveryOrders, app.controls, app.numbering, app.accounts);
        }
    }

    public static final LocalDate ADVANCE_DATE = SeedSteps.ADVANCE_DATE;
    public static final String SEED_REFERENCE = "ECO-2020-SCS";
    public static final String SEED_NAME = "POLE SOLUTIONS COMMUNICANTES SÉCURISÉES (SCS)";

    final Store store;
    private final AgreementFiles files;
    private final InMemoryDocumentStorage documents = new InMemoryDocumentStorage();
    private final FixedCurrentUser user = new FixedCurrentUser("instructeur.test");

    private final SetUpFunderService setUpFunder;
    private final DefineBudgetLineService defineBudgetLine;
    private final RegisterAssociationService registerAssociation;
    private final CreateDraftAgreementService createDraft;
    private final ApproveAgreementService approve;
    private final SignAgreementService sign;
    private final RecordPaymentService recordPayment;
    private final CancelPaymentService cancelPayment;
    private final SettleAgreementService settle;
    private final IssueRecoveryOrderService issueRecoveryOrder;
    private final RecordFundingDecisionService recordFundingDecision;
    private final ReceiveEvidenceService receiveEvidence;
    private final AcceptEvidenceService acceptEvidence;
    private final RejectEvidenceService rejectEvidence;
    private final WaiveObligationService waiveObligation;
    private final RecordRecoveryReceiptService recordRecoveryReceipt;
    private final SendFormalNoticeService sendFormalNotice;
    private final TerminateAgreementService terminate;
    private final CloseAgreementService close;

    private BudgetLineId ct1;
    private BudgetLineId ct2;
    private AssociationId associationId;
    private AgreementId agreementId;

    public ReadSideApp(Store s) {
        // the read side is under test: submissions are remembered in memory (SubmissionKeysContract covers the database)
        InMemorySubmissionKeys submissionKeys = new InMemorySubmissionKeys();
        this.store = s;
        setUpFunder = new SetUpFunderService(s.funders());
        defineBudgetLine = new DefineBudgetLineService(s.budgetLines(), s.funders());
        registerAssociation = new RegisterAssociationService(s.associations(), submissionKeys);
        files = new AgreementFiles(s.agreements(), s.payments(), s.obligations(), s.recoveryOrders(), s.controls(),
                s.budgetLines(), s.accounts());
        createDraft = new CreateDraftAgreementService(files, s.agreements(), s.funders(), s.associations(), s.budgetLines(), user, submissionKeys,
                new fr.conventio.application.fakes.InMemoryMultiYearPlanRepository());
        // one user plays every part here (the read side is under test; SeparationOfDutiesTest covers the rule)
        approve = new ApproveAgreementService(files, user, SeparationOfDuties.OFF);
        var plans = new fr.conventio.application.fakes.InMemoryMultiYearPlanRepository();
        sign = new SignAgreementService(files, s.associations(), new AnnualSubsidiesReview(files, s.agreements()), plans);
        recordPayment = new RecordPaymentService(files, user, SeparationOfDuties.OFF, submissionKeys);
        cancelPayment = new CancelPaymentService(files, user);
        settle = new SettleAgreementService(files, user, plans);
        issueRecoveryOrder = new IssueRecoveryOrderService(files, s.numbering(), submissionKeys);
        recordFundingDecision = new RecordFundingDecisionService(files, user, submissionKeys);
        receiveEvidence = new ReceiveEvidenceService(files, documents, user, s.associations(), java.time.Clock.systemDefaultZone());
        acceptEvidence = new AcceptEvidenceService(files, user);
        rejectEvidence = new RejectEvidenceService(files, user);
        waiveObligation = new WaiveObligationService(files, user);
        recordRecoveryReceipt = new RecordRecoveryReceiptService(files, submissionKeys);
        sendFormalNotice = new SendFormalNoticeService(files, submissionKeys);
        terminate = new TerminateAgreementService(files, s.numbering(), plans);
        close = new CloseAgreementService(files);
    }

    // ------------------------------------------------------------------ parties

    /** The Métropole, CT1 (500 000 € on 2020) and CT2 (800 000 € on 2020), both budgets adopted, and Pôle SCS. */
    public ReadSideApp setUpParties() {
        Funder funder = AgreementFixtures.seedFunder();
        setUpFunder.setUp(new SetUpFunderCommand(null, funder.name(), funder.kind(), funder.siret(), funder.address(),
                funder.signatories()));
        ct1 = defineBudgetLine.define(DefineBudgetLineCommand.create("CT1", "Budget Principal Métropolitain",
                AgreementFixtures.YEAR_2020, Amount.of(500_000), true)).id();
        ct2 = defineBudgetLine.define(DefineBudgetLineCommand.create("CT2", "Territoire du Pays d'Aix",
                AgreementFixtures.YEAR_2020, Amount.of(800_000), true)).id();
        associationId = register(SeedSteps.associationData(AgreementFixtures.seedAssociation()));
        return this;
    }

    public BudgetLineId defineLine(String code, String label, BudgetYear year, Amount envelope) {
        return defineBudgetLine.define(DefineBudgetLineCommand.create(code, label, year, envelope, true)).id();
    }

    public AssociationId register(fr.conventio.application.association.AssociationData data) {
        return registerAssociation.register(new RegisterAssociationCommand(data)).id();
    }

    // ------------------------------------------------------------------ the seed agreement

    /** 80 000 € split 30 000 € on CT1 and 50 000 € on CT2. */
    public Subsidy seedSubsidy() {
        return Subsidy.of(Amount.of(80_000),
                SubsidyAllocation.of(ct1, "Budget Principal Métropolitain (CT1)", Amount.of(30_000)),
                SubsidyAllocation.of(ct2, "Territoire du Pays d'Aix", Amount.of(50_000)));
    }

    public ReadSideApp createDraft() {
        agreementId = createDraft.create(new CreateDraftAgreementCommand(new AgreementTerms(AgreementReference.of(SEED_REFERENCE),
                associationId, AgreementFixtures.seedSignatory(), AgreementFixtures.seedRepresentative(), AgreementFixtures.YEAR_2020,
                AgreementFixtures.seedObject(), AgreementFixtures.seedProgramme(), AgreementFixtures.seedForecastBudget(),
                seedSubsidy(), AgreementFixtures.seedPaymentTerms()))).agreementId();
        return this;
    }

    /** Another draft of {@code association} on one line: {@code subsidy} on eligible expenses of ten times as much. */
    public AgreementId createOtherDraft(String reference, AssociationId association, BudgetYear year, BudgetLineId line, Amount subsidy) {
        return createDraft.create(new CreateDraftAgreementCommand(new AgreementTerms(AgreementReference.of(reference), association,
                AgreementFixtures.seedSignatory(), null, year, AgreementFixtures.seedObject(), AgreementFixtures.seedProgramme(),
                ForecastBudget.ofEligibleExpenses(new Amount(subsidy.value().movePointRight(1))), Subsidy.onSingleLine(line, subsidy),
                null))).agreementId();
    }

    /**
     * Another draft of the seed's association on CT1 whose award is notified on {@code awardNotifiedOn}: once
     * signed, the funder's own payment deadline (N1) runs from that date.
     */
    public AgreementId createDraftNotifiedOn(String reference, Amount subsidy, LocalDate awardNotifiedOn) {
        return createDraft.create(new CreateDraftAgreementCommand(new AgreementTerms(AgreementReference.of(reference), associationId,
                AgreementFixtures.seedSignatory(), null, AgreementFixtures.YEAR_2020, AgreementFixtures.seedObject(),
                AgreementFixtures.seedProgramme(), ForecastBudget.ofEligibleExpenses(new Amount(subsidy.value().movePointRight(1))),
                Subsidy.onSingleLine(ct1, subsidy), PaymentTerms.standard().withAwardNotifiedOn(awardNotifiedOn)))).agreementId();
    }

    /** Another draft of the seed's association on CT1 paid by {@code schedule} (V5), for the subsidy it adds up to. */
    public AgreementId createDraftInInstalments(String reference, fr.conventio.domain.agreement.InstalmentSchedule schedule) {
        Amount subsidy = schedule.total();
        return createDraft.create(new CreateDraftAgreementCommand(new AgreementTerms(AgreementReference.of(reference), associationId,
                AgreementFixtures.seedSignatory(), null, AgreementFixtures.YEAR_2020, AgreementFixtures.seedObject(),
                AgreementFixtures.seedProgramme(), ForecastBudget.ofEligibleExpenses(new Amount(subsidy.value().movePointRight(1))),
                Subsidy.onSingleLine(ct1, subsidy), PaymentTerms.standard().withInstalments(schedule)))).agreementId();
    }

    /** Pays instalment {@code number} (V5) of agreement {@code id} on CT1. */
    public ReadSideApp payInstalment(AgreementId id, int number, Amount amount, String order, LocalDate valueDate) {
        recordPayment.record(new RecordPaymentCommand(id, version(id), PaymentKind.INSTALMENT, List.of(new LineCharge(ct1, amount)),
                valueDate, PaymentOrderReference.of(order), fr.conventio.application.shared.SubmissionKey.newKey(), number));
        return this;
    }

    public ReadSideApp approve() {
        return approve(agreementId);
    }

    public ReadSideApp approve(AgreementId id) {
        approve.approve(new ApproveAgreementCommand(id, version(id), AgreementFixtures.seedDeliberation()));
        return this;
    }

    public ReadSideApp sign() {
        return sign(agreementId);
    }

    public ReadSideApp sign(AgreementId id) {
        sign.sign(new SignAgreementCommand(id, version(id), AgreementFixtures.SIGNATURE_DATE));
        return this;
    }

    /** Parties, draft, approval on 19/12/2019 and signature. */
    public ReadSideApp signed() {
        return setUpParties().createDraft().approve().sign();
    }

    /** An advance of the seed agreement on the given charges, under payment order {@code order}. */
    public ReadSideApp payAdvance(String order, LocalDate valueDate, LineCharge... charges) {
        return pay(agreementId, PaymentKind.ADVANCE, order, valueDate, charges);
    }

    public ReadSideApp pay(AgreementId id, PaymentKind kind, String order, LocalDate valueDate, LineCharge... charges) {
        recordPayment.record(new RecordPaymentCommand(id, version(id), kind, List.of(charges), valueDate, PaymentOrderReference.of(order)));
        return this;
    }

    /** The 64 000,00 € advance: 24 000 € on CT1 and 40 000 € on CT2, mandat M-2020-0101. */
    public ReadSideApp payFullAdvance() {
        return payAdvance("M-2020-0101", ADVANCE_DATE, new LineCharge(ct1, Amount.of(24_000)), new LineCharge(ct2, Amount.of(40_000)));
    }

    public ReadSideApp cancelPayments() {
        for (var payment : store.payments().findByAgreement(agreementId)) {
            cancelPayment.cancel(new CancelPaymentCommand(payment.value().id(), payment.version(), "mandat rejeté par le comptable",
                    ADVANCE_DATE.plusDays(3)));
        }
        return this;
    }

    public ReadSideApp settle(String realExpenses) {
        settle.settle(new SettleAgreementCommand(agreementId, version(), Amount.of(realExpenses), LocalDate.of(2021, 6, 15)));
        return this;
    }

    public ReadSideApp issueOverpaymentRecovery(String amount) {
        issueRecoveryOrder.issue(new IssueRecoveryOrderCommand(agreementId, version(), RecoveryGround.OVERPAYMENT, Amount.of(amount),
                LocalDate.of(2021, 6, 20)));
        return this;
    }

    /** Receives {@code amount} against the seed's last recovery order. */
    public ReadSideApp receiveOnOrder(String amount, LocalDate on) {
        Versioned<RecoveryOrder> order = store.recoveryOrders().findByAgreement(agreementId).getLast();
        recordRecoveryReceipt.record(new RecordRecoveryReceiptCommand(order.value().id(), order.version(), Amount.of(amount), on));
        return this;
    }

    /**
     * A formal notice of the funder on {@code noticeOn}, then the termination for breach a month and a day later,
     * pro rata temporis (T3), the recovery order issued on the effective date when asked.
     */
    public ReadSideApp terminateForBreach(LocalDate noticeOn, boolean issueRecoveryOrder) {
        return terminateForBreach(agreementId, noticeOn, issueRecoveryOrder);
    }

    public ReadSideApp terminateForBreach(AgreementId id, LocalDate noticeOn, boolean issueRecoveryOrder) {
        sendFormalNotice.send(new SendFormalNoticeCommand(id, version(id), Party.FUNDER, noticeOn, "1A 123 456 7890 1",
                "Comptes non transmis"));
        terminate.terminate(new TerminateAgreementCommand(id, version(id), TerminationGround.BREACH_AFTER_NOTICE, Party.FUNDER,
                noticeOn.plusMonths(1).plusDays(1), RestitutionMode.PRO_RATA_TEMPORIS, issueRecoveryOrder));
        return this;
    }

    /** Receives (a PDF each) and accepts on {@code on} every obligation of the seed still neither accepted nor waived. */
    public ReadSideApp fulfilEveryObligation(LocalDate on) {
        for (Versioned<Obligation> obligation : store.obligations().findByAgreement(agreementId)) {
            if (obligation.value().status().isFulfilled()) {
                continue;
            }
            String fileName = obligation.value().type().name().toLowerCase() + "-final.pdf";
            DocumentRef document = documents.store(fileName, "application/pdf", ("%PDF " + fileName).getBytes(StandardCharsets.UTF_8));
            long version = receiveEvidence.receive(new ReceiveEvidenceCommand(obligation.value().id(), obligation.version(), document.id(), on)).version();
            acceptEvidence.accept(new AcceptEvidenceCommand(obligation.value().id(), version, on));
        }
        return this;
    }

    /**
     * Cancels the seed's last recovery order (issued on the wrong debtor). No use case cancels an order yet: the
     * agreement's file is loaded, changed and saved as a use case would ({@link AgreementFiles}), its account with it.
     */
    public ReadSideApp cancelLastOrder(LocalDate on) {
        AgreementFile file = files.load(agreementId);
        Versioned<RecoveryOrder> last = file.recoveryOrders().getLast();
        file.orderForUpdate(last.value().id(), last.version()).cancel("Titre émis sur le mauvais tiers", "comptable.dupont", on);
        files.save(file);
        return this;
    }

    /** A manager closes the seed's file (D2). */
    public ReadSideApp close(LocalDate on) {
        close.close(new CloseAgreementCommand(agreementId, version(), on));
        return this;
    }

    public ReadSideApp decide(FundingDecisionAction action, String amount, LocalDate on) {
        recordFundingDecision.record(new RecordFundingDecisionCommand(agreementId, version(), action, FundingDecisionCause.SIGNIFICANT_DELAY,
                "Retard de plus de six mois", amount == null ? null : Amount.of(amount), on));
        return this;
    }

    // ------------------------------------------------------------------ evidence

    /** Stores a PDF named {@code fileName} and receives it as evidence of the seed's obligation of {@code type}. */
    public DocumentRef receive(ObligationType type, String fileName, LocalDate on) {
        Versioned<Obligation> obligation = obligation(type);
        DocumentRef document = documents.store(fileName, "application/pdf", ("%PDF " + fileName).getBytes(StandardCharsets.UTF_8));
        receiveEvidence.receive(new ReceiveEvidenceCommand(obligation.value().id(), obligation.version(), document.id(), on));
        return document;
    }

    public ReadSideApp accept(ObligationType type, LocalDate on) {
        Versioned<Obligation> obligation = obligation(type);
        acceptEvidence.accept(new AcceptEvidenceCommand(obligation.value().id(), obligation.version(), on));
        return this;
    }

    public ReadSideApp reject(ObligationType type, LocalDate on) {
        Versioned<Obligation> obligation = obligation(type);
        rejectEvidence.reject(new RejectEvidenceCommand(obligation.value().id(), obligation.version(), "document illisible", on));
        return this;
    }

    public ReadSideApp waive(ObligationType type, LocalDate on) {
        Versioned<Obligation> obligation = obligation(type);
        waiveObligation.waive(new WaiveObligationCommand(obligation.value().id(), obligation.version(), "sans objet", on));
        return this;
    }

    /** Each of the three O10 documents received on {@code receivedOn} and accepted on {@code acceptedOn}. */
    public ReadSideApp acceptBalanceDocuments(LocalDate receivedOn, LocalDate acceptedOn) {
        for (ObligationType type : BalanceDocuments.TYPES) {
            receive(type, type.name().toLowerCase() + ".pdf", receivedOn);
            accept(type, acceptedOn);
        }
        return this;
    }

    public Versioned<Obligation> obligation(ObligationType type) {
        return store.obligations().findByAgreement(agreementId).stream().filter(o -> o.value().type() == type).findFirst()
                .orElseThrow();
    }

    public ObligationId obligationId(ObligationType type) {
        return obligation(type).value().id();
    }

    // ------------------------------------------------------------------ ids

    /** The repositories the application runs on. */
    public Store store() {
        return store;
    }

    public long version() {
        return version(agreementId);
    }

    public long version(AgreementId id) {
        return store.agreements().findById(id).orElseThrow().version();
    }

    public AgreementId agreementId() {
        return agreementId;
    }

    public AssociationId associationId() {
        return associationId;
    }

    public BudgetLineId ct1() {
        return ct1;
    }

    public BudgetLineId ct2() {
        return ct2;
    }
}
