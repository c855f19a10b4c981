package fr.conventio.application.fakes;

import fr.conventio.application.port.in.AcceptEvidenceUseCase;
import fr.conventio.application.port.in.AmendAgreementUseCase;
import fr.conventio.application.port.in.ApproveAgreementUseCase;
import fr.conventio.application.port.in.CancelPaymentUseCase;
import fr.conventio.application.port.in.CreateDraftAgreementUseCase;
import fr.conventio.application.port.in.DefineBudgetLineUseCase;
import fr.conventio.application.port.in.EditDraftAgreementUseCase;
import fr.conventio.application.port.in.ExportAgreementsUseCase;
import fr.conventio.application.port.in.ExportOpenDataUseCase;
import fr.conventio.application.port.in.GetAgreementHistoryUseCase;
import fr.conventio.application.port.in.GetAgreementUseCase;
import fr.conventio.application.port.in.GetAssociationUseCase;
import fr.conventio.application.port.in.GetDashboardUseCase;
import fr.conventio.application.port.in.GetFunderSettingsUseCase;
import fr.conventio.application.port.in.IssueRecoveryOrderUseCase;
import fr.conventio.application.port.in.ListBudgetConsumptionUseCase;
import fr.conventio.application.port.in.ListDeadlinesUseCase;
import fr.conventio.application.port.in.OpenDocumentUseCase;
import fr.conventio.application.port.in.ReceiveEvidenceUseCase;
import fr.conventio.application.port.in.RecordEvaluationMeetingUseCase;
import fr.conventio.application.port.in.RecordFundingDecisionUseCase;
import fr.conventio.application.port.in.RecordNoticeRemedyUseCase;
import fr.conventio.application.port.in.RecordPaymentUseCase;
import fr.conventio.application.port.in.RecordRecoveryReceiptUseCase;
import fr.conventio.application.port.in.RecordRepublicanCommitmentBreachUseCase;
import fr.conventio.application.port.in.RecordThirdPartyDelegationUseCase;
import fr.conventio.application.port.in.RegisterAssociationUseCase;
import fr.conventio.application.port.in.RejectEvidenceUseCase;
import fr.conventio.application.port.in.SearchAgreementsUseCase;
import fr.conventio.application.port.in.SearchAssociationsUseCase;
import fr.conventio.application.port.in.SendFormalNoticeUseCase;
import fr.conventio.application.port.in.SetUpFunderUseCase;
import fr.conventio.application.port.in.SettleAgreementUseCase;
import fr.conventio.application.port.in.SignAgreementUseCase;
import fr.conventio.application.port.in.StoreDocumentUseCase;
import fr.conventio.application.port.in.TerminateAgreementUseCase;
import fr.conventio.application.port.in.UpdateAssociationUseCase;
import fr.conventio.application.port.in.WaiveObligationUseCase;
import fr.conventio.application.service.AcceptEvidenceService;
import fr.conventio.application.service.AgreementFiles;
import fr.conventio.application.service.AmendAgreementService;
import fr.conventio.application.service.ApproveAgreementService;
import fr.conventio.application.service.CancelPaymentService;
import fr.conventio.application.service.CreateDraftAgreementService;
import fr.conventio.application.service.DefineBudgetLineService;
import fr.conventio.application.service.EditDraftAgreementService;
import fr.conventio.application.service.ExportAgreementsService;
import fr.conventio.application.service.ExportOpenDataService;
import fr.conventio.application.service.GetAgreementHistoryService;
import fr.conventio.application.service.GetAgreementService;
import fr.conventio.application.service.GetAssociationService;
import fr.conventio.application.service.GetDashboardService;
import fr.conventio.application.service.GetFunderSettingsService;
import fr.conventio.application.service.IssueRecoveryOrderService;
import fr.conventio.application.service.ListBudgetConsumptionService;
import fr.conventio.application.service.ListDeadlinesService;
import fr.conventio.application.service.OpenDocumentService;
import fr.conventio.application.service.ReceiveEvidenceService;
import fr.conventio.application.service.RecordEvaluationMeetingService;
import fr.conventio.application.service.RecordFundingDecisionService;
import fr.conventio.application.service.RecordNoticeRemedyService;
import fr.conventio.application.service.RecordPaymentService;
import fr.conventio.application.service.RecordRecoveryReceiptService;
import fr.conventio.application.service.RecordRepublicanCommitmentBreachService;
import fr.conventio.application.service.RecordThirdPartyDelegationService;
import fr.conventio.application.service.RegisterAssociationService;
import fr.conventio.application.service.RejectEvidenceService;
import fr.conventio.application.service.SearchAgreementsService;
import fr.conventio.application.service.SearchAssociationsService;
import fr.conventio.application.service.SendFormalNoticeService;
import fr.conventio.application.service.SetUpFunderService;
import fr.conventio.application.service.SettleAgreementService;
import fr.conventio.application.service.SignAgreementService;
import fr.conventio.application.service.StoreDocumentService;
import fr.conventio.application.service.TerminateAgreementService;
import fr.conventio.application.service.UpdateAssociationService;
import fr.conventio.application.service.WaiveObligationService;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The whole application on in-memory fakes, for tests of this module and of the web and bootstrap
 * modules: every outbound port as a fake (public, to arrange and inspect), every use case wired as
 * bootstrap wires it (without transactions), a {@link TestClock} for "today" and a
 * {@link FixedCurrentUser}. {@link #snapshot()} captures what is stored, to assert that a refused
 * command wrote nothing.
 *
 * <pre>{@code
 * InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 1, 6));
 * app.setUpFunder.setUp(...); app.createDraftAgreement.create(...); ...
 * }</pre>
 */
public final class InMemoryConventio {

    public final TestClock clock;
    public final FixedCurrentUser currentUser = new FixedCurrentUser("instructeur.test");

    public final InMemoryAgreementRepository agreements = new InMemoryAgreementRepository();
    public final InMemoryAssociationRepository associations = new InMemoryAssociationRepository();
    public final InMemoryFunderRepository funders = new InMemoryFunderRepository();
    public final InMemoryBudgetLineRepository budgetLines = new InMemoryBudgetLineRepository();
    public final InMemoryPaymentRepository payments = new InMemoryPaymentRepository();
    public final InMemoryObligationRepository obligations = new InMemoryObligationRepository();
    public final InMemoryRecoveryOrderRepository recoveryOrders = new InMemoryRecoveryOrderRepository();
    public final InMemoryAgreementControlRepository controls = new InMemoryAgreementControlRepository();
    public final InMemoryRecoveryOrderNumbering numbering = new InMemoryRecoveryOrderNumbering();
    public final InMemoryDocumentStorage documents = new InMemoryDocumentStorage();
    public final InMemoryAgreementQueries agreementQueries = new InMemoryAgreementQueries(agreements, associations);
    public final InMemoryDeadlineQueries deadlineQueries = new InMemoryDeadlineQueries(agreements, associations, obligations, payments, controls);
    public final InMemoryPublicationQueries publicationQueries = new InMemoryPublicationQueries(agreements);
    public final InMemoryAssociationQueries associationQueries = new InMemoryAssociationQueries(associations, agreements, obligations);
    public final InMemoryBudgetConsumptionQueries budgetConsumptionQueries =
            new InMemoryBudgetConsumptionQueries(funders, budgetLines, agreements, payments);
    public final InMemoryDashboardQueries dashboardQueries =
            new InMemoryDashboardQueries(agreements, associations, payments, obligations, recoveryOrders, controls);
    public final InMemoryAuditTrailQueries auditTrailQueries = new InMemoryAuditTrailQueries();
    private final AgreementFiles files = new AgreementFiles(agreements, payments, obligations, recoveryOrders, controls);

    public final SetUpFunderUseCase setUpFunder = new SetUpFunderService(funders);
    public final DefineBudgetLineUseCase defineBudgetLine = new DefineBudgetLineService(budgetLines, funders);
    public final RegisterAssociationUseCase registerAssociation = new RegisterAssociationService(associations);
    public final UpdateAssociationUseCase updateAssociation = new UpdateAssociationService(associations);
    public final CreateDraftAgreementUseCase createDraftAgreement = new CreateDraftAgreementService(agreements, funders, associations, budgetLines);
    public final EditDraftAgreementUseCase editDraftAgreement = new EditDraftAgreementService(agreements, funders, associations, budgetLines);
    public final ApproveAgreementUseCase approveAgreement = new ApproveAgreementService(agreements);
    public final SignAgreementUseCase signAgreement = new SignAgreementService(agreements, associations, budgetLines, obligations, controls);
    public final AmendAgreementUseCase amendAgreement = new AmendAgreementService(agreements, payments, budgetLines);
    public final RecordThirdPartyDelegationUseCase recordThirdPartyDelegation = new RecordThirdPartyDelegationService(agreements);
    public final RecordPaymentUseCase recordPayment = new RecordPaymentService(files);
    public final CancelPaymentUseCase cancelPayment;
    public final SettleAgreementUseCase settleAgreement = new SettleAgreementService(files);
    public final IssueRecoveryOrderUseCase issueRecoveryOrder =
            new IssueRecoveryOrderService(files, numbering);
    public final RecordRecoveryReceiptUseCase recordRecoveryReceipt =
            new RecordRecoveryReceiptService(files);
    public final RecordFundingDecisionUseCase recordFundingDecision;
    public final ReceiveEvidenceUseCase receiveEvidence;
    public final AcceptEvidenceUseCase acceptEvidence;
    public final RejectEvidenceUseCase rejectEvidence;
    public final WaiveObligationUseCase waiveObligation;
    public final SendFormalNoticeUseCase sendFormalNotice = new SendFormalNoticeService(agreements, controls);
    public final RecordNoticeRemedyUseCase recordNoticeRemedy = new RecordNoticeRemedyService(agreements, controls);
    public final TerminateAgreementUseCase terminateAgreement =
            new TerminateAgreementService(files, numbering);
    public final RecordEvaluationMeetingUseCase recordMeeting;
    public final RecordRepublicanCommitmentBreachUseCase recordRepublicanCommitmentBreach;
    public final SearchAgreementsUseCase searchAgreements = new SearchAgreementsService(agreementQueries);
    public final GetAgreementUseCase getAgreement;
    public final ListDeadlinesUseCase listDeadlines;
    public final ExportOpenDataUseCase exportOpenData =
            new ExportOpenDataService(publicationQueries, agreements, funders, associations, payments);
    public final StoreDocumentUseCase storeDocument = new StoreDocumentService(documents);
    public final OpenDocumentUseCase openDocument = new OpenDocumentService(documents);
    public final SearchAssociationsUseCase searchAssociations = new SearchAssociationsService(associationQueries);
    public final GetAssociationUseCase getAssociation = new GetAssociationService(associations, agreementQueries, associationQueries);
    public final GetFunderSettingsUseCase getFunderSettings = new GetFunderSettingsService(funders, budgetLines, budgetConsumptionQueries);
    public final ListBudgetConsumptionUseCase listBudgetConsumption = new ListBudgetConsumptionService(budgetConsumptionQueries);
    public final GetAgreementHistoryUseCase getAgreementHistory = new GetAgreementHistoryService(agreements, auditTrailQueries);
    public final GetDashboardUseCase getDashboard;
    public final ExportAgreementsUseCase exportAgreements;

    public InMemoryConventio(LocalDate today) {
        this.clock = new TestClock(today);
        this.cancelPayment = new CancelPaymentService(payments, currentUser);
        this.recordFundingDecision = new RecordFundingDecisionService(files, currentUser);
        this.receiveEvidence = new ReceiveEvidenceService(obligations, documents, currentUser);
        this.acceptEvidence = new AcceptEvidenceService(obligations, currentUser);
        this.rejectEvidence = new RejectEvidenceService(obligations, currentUser);
        this.waiveObligation = new WaiveObligationService(obligations, currentUser);
        this.recordMeeting = new RecordEvaluationMeetingService(agreements, controls, currentUser);
        this.recordRepublicanCommitmentBreach = new RecordRepublicanCommitmentBreachService(files, associations, currentUser);
        this.getAgreement = new GetAgreementService(files, funders, associations, clock);
        this.listDeadlines = new ListDeadlinesService(deadlineQueries, clock);
        this.getDashboard = new GetDashboardService(deadlineQueries, dashboardQueries, budgetConsumptionQueries, clock);
        this.exportAgreements = new ExportAgreementsService(agreementQueries, clock);
    }

    /**
     * Every stored record with its version, the numbering counters and the number of documents. Equal
     * snapshots before and after a command mean the command wrote nothing (every save raises a version).
     */
    public Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.putAll(agreements.store.versions());
        snapshot.putAll(associations.store.versions());
        snapshot.putAll(funders.store.versions());
        snapshot.putAll(budgetLines.store.versions());
        snapshot.putAll(payments.store.versions());
        snapshot.putAll(obligations.store.versions());
        snapshot.putAll(recoveryOrders.store.versions());
        snapshot.putAll(controls.store.versions());
        snapshot.put("numérotation", numbering.counters());
        snapshot.put("documents", documents.size());
        return snapshot;
    }
}
