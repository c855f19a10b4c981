package fr.conventio.application.fakes;

import fr.conventio.application.drafting.DeleteDraftAgreementService;
import fr.conventio.application.drafting.DeleteDraftAgreementUseCase;
import fr.conventio.application.paperwork.GenerateDocumentService;
import fr.conventio.application.paperwork.ListDocumentTemplatesService;
import fr.conventio.application.paperwork.ListDocumentTemplatesUseCase;
import fr.conventio.application.paperwork.PreviewDocumentTemplateService;
import fr.conventio.application.paperwork.UploadFunderLogoService;
import fr.conventio.application.paperwork.GetFunderLogoService;
import fr.conventio.application.paperwork.RemoveFunderLogoService;
import fr.conventio.application.paperwork.PreviewDocumentTemplateUseCase;
import fr.conventio.application.paperwork.ResetDocumentTemplateService;
import fr.conventio.application.paperwork.ResetDocumentTemplateUseCase;
import fr.conventio.application.paperwork.SaveDocumentTemplateService;
import fr.conventio.application.paperwork.SaveDocumentTemplateUseCase;
import fr.conventio.application.paperwork.GenerateDocumentUseCase;
import fr.conventio.application.paperwork.ListAgreementDocumentsService;
import fr.conventio.application.paperwork.ListAgreementDocumentsUseCase;
import fr.conventio.application.drafting.GetSubsidyCommitmentsCheckService;
import fr.conventio.application.drafting.GetSubsidyCommitmentsCheckUseCase;
import fr.conventio.application.funder.GetFunderSetupChecklistService;
import fr.conventio.application.funder.GetFunderSetupChecklistUseCase;
import fr.conventio.application.calendar.GetCalendarFeedService;
import fr.conventio.application.calendar.GetCalendarFeedUseCase;
import fr.conventio.application.calendar.GetCalendarSubscriptionService;
import fr.conventio.application.calendar.GetCalendarSubscriptionUseCase;
import fr.conventio.application.calendar.IssueCalendarTokenService;
import fr.conventio.application.calendar.IssueCalendarTokenUseCase;
import fr.conventio.application.calendar.RevokeCalendarTokenService;
import fr.conventio.application.calendar.RevokeCalendarTokenUseCase;
import fr.conventio.application.checking.DryRunService;
import fr.conventio.application.checking.DryRunUseCase;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.association.DeleteAssociationService;
import fr.conventio.application.association.DeleteAssociationUseCase;
import fr.conventio.application.association.GetAssociationService;
import fr.conventio.application.association.GetAssociationUseCase;
import fr.conventio.application.association.RegisterAssociationService;
import fr.conventio.application.association.RegisterAssociationUseCase;
import fr.conventio.application.association.SearchAssociationsService;
import fr.conventio.application.association.SearchAssociationsUseCase;
import fr.conventio.application.association.UpdateAssociationService;
import fr.conventio.application.association.UpdateAssociationUseCase;
import fr.conventio.application.control.RecordEvaluationMeetingService;
import fr.conventio.application.control.RecordEvaluationMeetingUseCase;
import fr.conventio.application.control.RecordFundingDecisionService;
import fr.conventio.application.control.RecordFundingDecisionUseCase;
import fr.conventio.application.control.RecordRepublicanCommitmentBreachService;
import fr.conventio.application.control.RecordRepublicanCommitmentBreachUseCase;
import fr.conventio.application.dashboard.GetDashboardService;
import fr.conventio.application.dashboard.GetDashboardUseCase;
import fr.conventio.application.dashboard.ListBudgetConsumptionService;
import fr.conventio.application.dashboard.ListBudgetConsumptionUseCase;
import fr.conventio.application.dashboard.ListDeadlinesService;
import fr.conventio.application.dashboard.ListDeadlinesUseCase;
import fr.conventio.application.document.OpenDocumentService;
import fr.conventio.application.document.OpenDocumentUseCase;
import fr.conventio.application.document.StoreDocumentService;
import fr.conventio.application.document.StoreDocumentUseCase;
import fr.conventio.application.drafting.CreateDraftAgreementService;
import fr.conventio.application.drafting.CreateDraftAgreementUseCase;
import fr.conventio.application.drafting.EditDraftAgreementService;
import fr.conventio.application.drafting.EditDraftAgreementUseCase;
import fr.conventio.application.funder.DefineBudgetLineService;
import fr.conventio.application.funder.DefineBudgetLineUseCase;
import fr.conventio.application.funder.GetFunderSettingsService;
import fr.conventio.application.funder.GetFunderSettingsUseCase;
import fr.conventio.application.funder.SetUpFunderService;
import fr.conventio.application.funder.SetUpFunderUseCase;
import fr.conventio.application.lifecycle.AmendAgreementService;
import fr.conventio.application.agreementfile.AnnualSubsidiesReview;
import fr.conventio.application.lifecycle.AmendAgreementUseCase;
import fr.conventio.application.lifecycle.ApproveAgreementService;
import fr.conventio.application.lifecycle.ApproveAgreementUseCase;
import fr.conventio.application.lifecycle.CloseAgreementService;
import fr.conventio.application.lifecycle.CloseAgreementUseCase;
import fr.conventio.application.lifecycle.RecordThirdPartyDelegationService;
import fr.conventio.application.lifecycle.RecordThirdPartyDelegationUseCase;
import fr.conventio.application.lifecycle.SignAgreementService;
import fr.conventio.application.multiyear.ConfirmAgreementYearService;
import fr.conventio.application.multiyear.ConfirmAgreementYearUseCase;
import fr.conventio.application.multiyear.GetMultiYearPlanService;
import fr.conventio.application.multiyear.GetMultiYearPlanUseCase;
import fr.conventio.application.multiyear.PlanMultiYearAgreementService;
import fr.conventio.application.multiyear.PlanMultiYearAgreementUseCase;
import fr.conventio.application.lifecycle.SignAgreementUseCase;
import fr.conventio.application.obligation.AcceptEvidenceService;
import fr.conventio.application.obligation.AcceptEvidenceUseCase;
import fr.conventio.application.obligation.ReceiveEvidenceService;
import fr.conventio.application.obligation.ReceiveEvidenceUseCase;
import fr.conventio.application.obligation.RejectEvidenceService;
import fr.conventio.application.obligation.RejectEvidenceUseCase;
import fr.conventio.application.obligation.WaiveObligationService;
import fr.conventio.application.obligation.WaiveObligationUseCase;
import fr.conventio.application.payment.CancelPaymentService;
import fr.conventio.application.payment.CancelPaymentUseCase;
import fr.conventio.application.payment.RecordPaymentService;
import fr.conventio.application.payment.RecordPaymentUseCase;
import fr.conventio.application.mail.ListAgreementMailsService;
import fr.conventio.application.mail.ListAgreementMailsUseCase;
import fr.conventio.application.mail.QueueRemindersService;
import fr.conventio.application.mail.QueueRemindersUseCase;
import fr.conventio.application.mail.MailSettings;
import fr.conventio.application.mail.QueueStaffDigestsService;
import fr.conventio.application.mail.QueueStaffDigestsUseCase;
import fr.conventio.application.mail.SendDocumentByMailService;
import fr.conventio.application.mail.GetDocumentMailDraftService;
import fr.conventio.application.mail.GetDocumentMailDraftUseCase;
import fr.conventio.application.mail.SendDocumentByMailUseCase;
import fr.conventio.domain.reminder.ReminderPolicy;
import fr.conventio.application.publication.ExportOpenDataService;
import fr.conventio.application.publication.ExportOpenDataUseCase;
import fr.conventio.application.reading.ExportAgreementsService;
import fr.conventio.application.reading.ExportAgreementsUseCase;
import fr.conventio.application.reading.GetAgreementHistoryService;
import fr.conventio.application.reading.GetAgreementHistoryUseCase;
import fr.conventio.application.reading.GetAgreementService;
import fr.conventio.application.reading.GetAgreementUseCase;
import fr.conventio.application.reading.SearchAgreementsService;
import fr.conventio.application.reading.SearchAgreementsUseCase;
import fr.conventio.application.shared.SeparationOfDuties;
import fr.conventio.application.settlement.IssueRecoveryOrderService;
import fr.conventio.application.settlement.IssueRecoveryOrderUseCase;
import fr.conventio.application.settlement.RecordRecoveryReceiptService;
import fr.conventio.application.settlement.RecordRecoveryReceiptUseCase;
import fr.conventio.application.settlement.SettleAgreementService;
import fr.conventio.application.settlement.SettleAgreementUseCase;
import fr.conventio.application.termination.RecordNoticeRemedyService;
import fr.conventio.application.termination.RecordNoticeRemedyUseCase;
import fr.conventio.application.termination.SendFormalNoticeService;
import fr.conventio.application.termination.SendFormalNoticeUseCase;
import fr.conventio.application.termination.TerminateAgreementService;
import fr.conventio.application.termination.TerminateAgreementUseCase;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The whole application on in-memory fakes, for tests of this module and of the web and bootstrap
 * modules: every outbound port as a fake (public, to arrange and inspect), every use case wired as
 * bootstrap wires it (without transactions), a {@link TestClock} for "today", a
 * {@link FixedCurrentUser} and the separation of duties on (as in production: {@link SeedSteps} approves and
 * pays the balance as other users than the drafter and the settler). {@link #snapshot()} captures what is stored, to assert that a refused
 * command wrote nothing.
 *
 * <pre>{@code
 * InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 1, 6));
 * app.setUpFunder.setUp(...); app.createDraftAgreement.create(...); ...
 * }</pre>
 */
public final class InMemoryConventio {

    /** A manager other than the fakes' default user, who approves and settles in the tests (separation of duties). */
    public static final String MANAGER = "responsable.test";

    public final TestClock clock;
    /** Whether the drafter may approve and the settler pay the balance (on by default, as in production). */
    public final SeparationOfDuties separationOfDuties;
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
    public final InMemoryDocumentStorage documents;
    public final InMemoryGeneratedDocuments generatedDocuments = new InMemoryGeneratedDocuments();
    /** Records what would be generated as PDF or DOCX. */
    public final RecordingDocumentRenderer documentRenderer = new RecordingDocumentRenderer();
    public final InMemoryDocumentTemplates documentTemplates = new InMemoryDocumentTemplates();
    public final GenerateDocumentUseCase generateDocument;
    public final SaveDocumentTemplateUseCase saveDocumentTemplate = new SaveDocumentTemplateService(documentTemplates);
    public final ResetDocumentTemplateUseCase resetDocumentTemplate = new ResetDocumentTemplateService(documentTemplates);
    public final ListDocumentTemplatesUseCase listDocumentTemplates = new ListDocumentTemplatesService(documentTemplates);
    public final PreviewDocumentTemplateUseCase previewDocumentTemplate;
    public final ListAgreementDocumentsUseCase listAgreementDocuments;
    /** Calendar feeds (issue 11 §3). */
    public final InMemoryCalendarTokens calendarTokens = new InMemoryCalendarTokens();
    public final IssueCalendarTokenUseCase issueCalendarToken;
    public final RevokeCalendarTokenUseCase revokeCalendarToken;
    public final GetCalendarSubscriptionUseCase getCalendarSubscription;
    public final GetCalendarFeedUseCase getCalendarFeed;
    public final InMemoryAgreementAccountRepository accounts = new InMemoryAgreementAccountRepository(agreements);
    public final InMemoryAgreementQueries agreementQueries = new InMemoryAgreementQueries(agreements, associations, accounts);
    public final InMemoryDeadlineQueries deadlineQueries = new InMemoryDeadlineQueries(agreements, associations, obligations, controls, accounts);
    public final InMemoryPublicationQueries publicationQueries = new InMemoryPublicationQueries(agreements);
    public final InMemoryAssociationQueries associationQueries = new InMemoryAssociationQueries(associations, agreements, obligations);
    public final InMemoryBudgetConsumptionQueries budgetConsumptionQueries =
            new InMemoryBudgetConsumptionQueries(funders, budgetLines, accounts);
    public final InMemoryDashboardQueries dashboardQueries = new InMemoryDashboardQueries(agreements, associations, recoveryOrders, accounts);
    public final InMemoryAuditTrailQueries auditTrailQueries = new InMemoryAuditTrailQueries();
    /** What would be sent: the messages queued, and where each stands. */
    public final InMemoryOutbox outbox = new InMemoryOutbox();
    public final InMemoryReminderQueries reminderQueries = new InMemoryReminderQueries(agreements, associations, obligations, accounts);
    /** How the use cases load and save an agreement's file (public for the tests that check what it writes). */
    public final AgreementFiles files = new AgreementFiles(agreements, payments, obligations, recoveryOrders, controls, budgetLines, accounts);

    public final SetUpFunderUseCase setUpFunder = new SetUpFunderService(funders);
    public final DefineBudgetLineUseCase defineBudgetLine = new DefineBudgetLineService(budgetLines, funders);
    public final InMemorySubmissionKeys submissionKeys = new InMemorySubmissionKeys();
    public final RegisterAssociationUseCase registerAssociation = new RegisterAssociationService(associations, submissionKeys);
    public final UpdateAssociationUseCase updateAssociation = new UpdateAssociationService(associations);
    public final DeleteAssociationUseCase deleteAssociation = new DeleteAssociationService(associations, agreements);
    public final InMemoryMultiYearPlanRepository multiYearPlans = new InMemoryMultiYearPlanRepository();
    public final CreateDraftAgreementUseCase createDraftAgreement =
            new CreateDraftAgreementService(files, agreements, funders, associations, budgetLines, currentUser, submissionKeys, multiYearPlans);
    public final EditDraftAgreementUseCase editDraftAgreement = new EditDraftAgreementService(files, agreements, funders, associations, budgetLines);
    public final DeleteDraftAgreementUseCase deleteDraftAgreement = new DeleteDraftAgreementService(files, agreements);
    public final ApproveAgreementUseCase approveAgreement;
    public final AnnualSubsidiesReview annualSubsidiesReview = new AnnualSubsidiesReview(files, agreements);
    public final SignAgreementUseCase signAgreement = new SignAgreementService(files, associations, annualSubsidiesReview, multiYearPlans);
    public final AmendAgreementUseCase amendAgreement = new AmendAgreementService(files, associations, annualSubsidiesReview, submissionKeys);
    public final PlanMultiYearAgreementUseCase planMultiYearAgreement = new PlanMultiYearAgreementService(agreements, multiYearPlans);
    public final ConfirmAgreementYearUseCase confirmAgreementYear =
            new ConfirmAgreementYearService(files, agreements, associations, budgetLines, multiYearPlans, currentUser, submissionKeys,
                    annualSubsidiesReview);
    public final GetMultiYearPlanUseCase getMultiYearPlan = new GetMultiYearPlanService(agreements, multiYearPlans);
    public final RecordThirdPartyDelegationUseCase recordThirdPartyDelegation = new RecordThirdPartyDelegationService(files, submissionKeys);
    public final RecordPaymentUseCase recordPayment;
    public final CancelPaymentUseCase cancelPayment;
    public final SettleAgreementUseCase settleAgreement = new SettleAgreementService(files, currentUser, multiYearPlans);
    public final IssueRecoveryOrderUseCase issueRecoveryOrder =
            new IssueRecoveryOrderService(files, numbering, submissionKeys);
    public final RecordRecoveryReceiptUseCase recordRecoveryReceipt =
            new RecordRecoveryReceiptService(files, submissionKeys);
    public final RecordFundingDecisionUseCase recordFundingDecision;
    public final ReceiveEvidenceUseCase receiveEvidence;
    public final AcceptEvidenceUseCase acceptEvidence;
    public final RejectEvidenceUseCase rejectEvidence;
    public final WaiveObligationUseCase waiveObligation;
    public final SendFormalNoticeUseCase sendFormalNotice = new SendFormalNoticeService(files, submissionKeys);
    public final RecordNoticeRemedyUseCase recordNoticeRemedy = new RecordNoticeRemedyService(files);
    public final CloseAgreementUseCase closeAgreement = new CloseAgreementService(files);
    public final TerminateAgreementUseCase terminateAgreement =
            new TerminateAgreementService(files, numbering, multiYearPlans);
    public final RecordEvaluationMeetingUseCase recordMeeting;
    public final RecordRepublicanCommitmentBreachUseCase recordRepublicanCommitmentBreach;
    public final SearchAgreementsUseCase searchAgreements = new SearchAgreementsService(agreementQueries);
    public final GetAgreementUseCase getAgreement;
    public final ListDeadlinesUseCase listDeadlines;
    public final ExportOpenDataUseCase exportOpenData =
            new ExportOpenDataService(publicationQueries, agreements, funders, associations, payments);
    public final StoreDocumentUseCase storeDocument;
    public final OpenDocumentUseCase openDocument;
    public final SearchAssociationsUseCase searchAssociations = new SearchAssociationsService(associationQueries);
    public final InMemoryAssociationFundingQueries associationFundingQueries = new InMemoryAssociationFundingQueries(agreements, accounts);
    public final GetAssociationUseCase getAssociation = new GetAssociationService(associations, agreementQueries, associationQueries,
            associationFundingQueries);
    public final GetFunderSettingsUseCase getFunderSettings = new GetFunderSettingsService(funders, budgetLines, budgetConsumptionQueries);
    public final ListBudgetConsumptionUseCase listBudgetConsumption = new ListBudgetConsumptionService(budgetConsumptionQueries);
    public final GetAgreementHistoryUseCase getAgreementHistory = new GetAgreementHistoryService(agreements, auditTrailQueries);
    public final GetDashboardUseCase getDashboard;
    public final DryRunUseCase dryRun = new DryRunService(files);
    public final ListAgreementMailsUseCase listAgreementMails = new ListAgreementMailsService(outbox);
    public final QueueRemindersUseCase queueReminders;
    /** Mail configured, links to https://conventio.example.fr, digest 7 days ahead. */
    public final MailSettings mailSettings = new MailSettings(true, "https://conventio.example.fr/", 7);
    public final InMemoryStaffDirectory staffDirectory = new InMemoryStaffDirectory();
    public final InMemoryStaffDigestLog staffDigestLog = new InMemoryStaffDigestLog();
    public final SendDocumentByMailUseCase sendDocumentByMail;
    public final GetDocumentMailDraftUseCase getDocumentMailDraft = new GetDocumentMailDraftService(agreements, associations, generatedDocuments,
            mailSettings);
    public final QueueStaffDigestsUseCase queueStaffDigests;
    public final GetSubsidyCommitmentsCheckUseCase checkSubsidyCommitments = new GetSubsidyCommitmentsCheckService(budgetLines);
    public final GetFunderSetupChecklistUseCase getFunderSetupChecklist;
    public final InMemoryFunderLogos funderLogos = new InMemoryFunderLogos();
    public final fr.conventio.application.paperwork.UploadFunderLogoUseCase uploadFunderLogo;
    public final fr.conventio.application.paperwork.GetFunderLogoUseCase getFunderLogo;
    public final fr.conventio.application.paperwork.RemoveFunderLogoUseCase removeFunderLogo;
    public final ExportAgreementsUseCase exportAgreements;

    /** With the separation of duties on, as in production. */
    public InMemoryConventio(LocalDate today) {
        this(today, SeparationOfDuties.ENFORCED);
    }

    public InMemoryConventio(LocalDate today, SeparationOfDuties separationOfDuties) {
        this.clock = new TestClock(today);
        associations.referencedBy(agreements);
        this.getFunderSetupChecklist = new GetFunderSetupChecklistService(funders, budgetLines, clock);
        this.separationOfDuties = separationOfDuties;
        this.approveAgreement = new ApproveAgreementService(files, currentUser, separationOfDuties);
        this.recordPayment = new RecordPaymentService(files, currentUser, separationOfDuties, submissionKeys);
        this.documents = new InMemoryDocumentStorage(clock, id -> generatedDocuments.refersTo(id) || funderLogos.refersTo(id)
                || !obligations.findAll(o -> o.evidence().stream()
                .anyMatch(evidence -> evidence.documentId().equals(id))).isEmpty());
        this.generateDocument = new GenerateDocumentService(files, funders, associations, documentRenderer, documents, generatedDocuments,
                documentTemplates, submissionKeys, currentUser, clock, multiYearPlans, annualSubsidiesReview, funderLogos);
        this.previewDocumentTemplate = new PreviewDocumentTemplateService(funders, documentRenderer, clock, funderLogos, documents);
        this.uploadFunderLogo = new UploadFunderLogoService(funderLogos, documents, currentUser, clock);
        this.getFunderLogo = new GetFunderLogoService(funderLogos, documents);
        this.removeFunderLogo = new RemoveFunderLogoService(funderLogos);
        this.listAgreementDocuments = new ListAgreementDocumentsService(files, funders, associations, generatedDocuments, clock);
        this.issueCalendarToken = new IssueCalendarTokenService(calendarTokens, currentUser, clock);
        this.revokeCalendarToken = new RevokeCalendarTokenService(calendarTokens, currentUser);
        this.getCalendarSubscription = new GetCalendarSubscriptionService(calendarTokens, currentUser);
        this.getCalendarFeed = new GetCalendarFeedService(calendarTokens, currentUser, deadlineQueries, agreements, clock);
        this.storeDocument = new StoreDocumentService(documents);
        this.openDocument = new OpenDocumentService(documents);
        this.cancelPayment = new CancelPaymentService(files, currentUser);
        this.recordFundingDecision = new RecordFundingDecisionService(files, currentUser, submissionKeys);
        this.receiveEvidence = new ReceiveEvidenceService(files, documents, currentUser, associations, clock);
        this.acceptEvidence = new AcceptEvidenceService(files, currentUser);
        this.rejectEvidence = new RejectEvidenceService(files, currentUser);
        this.waiveObligation = new WaiveObligationService(files, currentUser);
        this.recordMeeting = new RecordEvaluationMeetingService(files, currentUser, submissionKeys);
        this.recordRepublicanCommitmentBreach = new RecordRepublicanCommitmentBreachService(files, associations, currentUser);
        this.getAgreement = new GetAgreementService(files, funders, associations, clock, currentUser, separationOfDuties, annualSubsidiesReview);
        this.listDeadlines = new ListDeadlinesService(deadlineQueries, clock);
        this.getDashboard = new GetDashboardService(deadlineQueries, dashboardQueries, budgetConsumptionQueries, clock);
        this.queueReminders = new QueueRemindersService(reminderQueries, outbox, ReminderPolicy.standard(), clock);
        this.sendDocumentByMail = new SendDocumentByMailService(generatedDocuments, documents, outbox, submissionKeys, mailSettings, clock);
        this.queueStaffDigests = new QueueStaffDigestsService(staffDirectory, fr.conventio.application.security.UseCasePermissions::isAllowed,
                deadlineQueries, dashboardQueries, staffDigestLog, outbox,
                mailSettings, clock);
        this.exportAgreements = new ExportAgreementsService(agreementQueries, clock);
    }

    /** Runs {@code step} as {@code login} (e.g. {@link #MANAGER}), then acts again as the user before; returns its result. */
    public <T> T as(String login, Supplier<T> step) {
        String before = currentUser.currentUser();
        currentUser.actAs(login);
        try {
            return step.get();
        } finally {
            currentUser.actAs(before);
        }
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
        snapshot.putAll(multiYearPlans.store.versions());
        snapshot.putAll(accounts.snapshot());
        snapshot.put("numérotation", numbering.counters());
        snapshot.put("documents", documents.size());
        snapshot.put("documents générés", generatedDocuments.size());
        snapshot.put("modèles de documents", documentTemplates.findAll());
        return snapshot;
    }
}
