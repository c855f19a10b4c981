package fr.conventio.application.security;

import static fr.conventio.application.security.Roles.ADMINISTRATEUR;
import static fr.conventio.application.security.Roles.FINANCES;
import static fr.conventio.application.security.Roles.INSTRUCTEUR;
import static fr.conventio.application.security.Roles.RESPONSABLE;
import static java.util.Map.entry;

import fr.conventio.application.calendar.GetCalendarFeedUseCase;
import fr.conventio.application.calendar.GetCalendarSubscriptionUseCase;
import fr.conventio.application.calendar.IssueCalendarTokenUseCase;
import fr.conventio.application.calendar.RevokeCalendarTokenUseCase;
import fr.conventio.application.checking.DryRunUseCase;
import fr.conventio.application.drafting.GetSubsidyCommitmentsCheckUseCase;
import fr.conventio.application.association.DeleteAssociationUseCase;
import fr.conventio.application.association.GetAssociationUseCase;
import fr.conventio.application.association.RegisterAssociationUseCase;
import fr.conventio.application.association.SearchAssociationsUseCase;
import fr.conventio.application.association.UpdateAssociationUseCase;
import fr.conventio.application.control.RecordEvaluationMeetingUseCase;
import fr.conventio.application.control.RecordFundingDecisionUseCase;
import fr.conventio.application.control.RecordRepublicanCommitmentBreachUseCase;
import fr.conventio.application.dashboard.GetDashboardUseCase;
import fr.conventio.application.dashboard.ListBudgetConsumptionUseCase;
import fr.conventio.application.dashboard.ListDeadlinesUseCase;
import fr.conventio.application.document.OpenDocumentUseCase;
import fr.conventio.application.document.StoreDocumentUseCase;
import fr.conventio.application.drafting.CreateDraftAgreementUseCase;
import fr.conventio.application.drafting.DeleteDraftAgreementUseCase;
import fr.conventio.application.drafting.EditDraftAgreementUseCase;
import fr.conventio.application.funder.DefineBudgetLineUseCase;
import fr.conventio.application.funder.GetFunderSetupChecklistUseCase;
import fr.conventio.application.funder.GetFunderSettingsUseCase;
import fr.conventio.application.funder.SetUpFunderUseCase;
import fr.conventio.application.mail.ListAgreementMailsUseCase;
import fr.conventio.application.mail.QueueRemindersUseCase;
import fr.conventio.application.mail.GetDocumentMailDraftUseCase;
import fr.conventio.application.mail.QueueStaffDigestsUseCase;
import fr.conventio.application.mail.SendDocumentByMailUseCase;
import fr.conventio.application.lifecycle.AmendAgreementUseCase;
import fr.conventio.application.lifecycle.ApproveAgreementUseCase;
import fr.conventio.application.lifecycle.CloseAgreementUseCase;
import fr.conventio.application.lifecycle.RecordThirdPartyDelegationUseCase;
import fr.conventio.application.lifecycle.SignAgreementUseCase;
import fr.conventio.application.multiyear.ConfirmAgreementYearUseCase;
import fr.conventio.application.multiyear.GetMultiYearPlanUseCase;
import fr.conventio.application.multiyear.PlanMultiYearAgreementUseCase;
import fr.conventio.application.obligation.AcceptEvidenceUseCase;
import fr.conventio.application.obligation.ReceiveEvidenceUseCase;
import fr.conventio.application.obligation.RejectEvidenceUseCase;
import fr.conventio.application.obligation.WaiveObligationUseCase;
import fr.conventio.application.paperwork.GenerateDocumentUseCase;
import fr.conventio.application.paperwork.GetFunderLogoUseCase;
import fr.conventio.application.paperwork.ListDocumentTemplatesUseCase;
import fr.conventio.application.paperwork.RemoveFunderLogoUseCase;
import fr.conventio.application.paperwork.UploadFunderLogoUseCase;
import fr.conventio.application.paperwork.PreviewDocumentTemplateUseCase;
import fr.conventio.application.paperwork.ResetDocumentTemplateUseCase;
import fr.conventio.application.paperwork.SaveDocumentTemplateUseCase;
import fr.conventio.application.paperwork.ListAgreementDocumentsUseCase;
import fr.conventio.application.payment.CancelPaymentUseCase;
import fr.conventio.application.payment.RecordPaymentUseCase;
import fr.conventio.application.publication.ExportOpenDataUseCase;
import fr.conventio.application.reading.ExportAgreementsUseCase;
import fr.conventio.application.reading.GetAgreementHistoryUseCase;
import fr.conventio.application.reading.GetAgreementUseCase;
import fr.conventio.application.reading.SearchAgreementsUseCase;
import fr.conventio.application.settlement.IssueRecoveryOrderUseCase;
import fr.conventio.application.settlement.RecordRecoveryReceiptUseCase;
import fr.conventio.application.settlement.SettleAgreementUseCase;
import fr.conventio.application.termination.RecordNoticeRemedyUseCase;
import fr.conventio.application.termination.SendFormalNoticeUseCase;
import fr.conventio.application.termination.TerminateAgreementUseCase;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Who may run which use case, keyed by the type of its inbound port. Deny by default: a use case missing
 * here is refused to everyone (bootstrap enforces it around every use-case bean and a test walks every use
 * case for every role). Reads are open to every role; writes follow the division of work of a funder's
 * services:
 * <ul>
 * <li>instructeur — drafts (and deletes drafts) and follows agreements, registers (and deletes unused) associations, receives and checks documents, records meetings;</li>
 * <li>responsable — decides: approval, signature, settlement, recovery orders, amendments, decisions,
 *     formal notices, terminations, waivers, closing the file; can also do the case officer's work;</li>
 * <li>finances — records payments and receipts of recovery orders;</li>
 * <li>lecture — reads everything, changes nothing;</li>
 * <li>administrateur — funder settings, budget lines (and users, in configuration).</li>
 * </ul>
 */
public final class UseCasePermissions {

    private static final Set<String> EVERYONE = Set.copyOf(Roles.ALL);
    private static final Set<String> CASE_WORK = Set.of(INSTRUCTEUR, RESPONSABLE);
    private static final Set<String> DECISIONS = Set.of(RESPONSABLE);
    private static final Set<String> MONEY_MOVEMENTS = Set.of(FINANCES);
    private static final Set<String> SETTINGS = Set.of(ADMINISTRATEUR);
    /** Who changes something may keep a token of their own (a read-only account changes nothing, its own settings included). */
    private static final Set<String> OWN_CALENDAR_TOKEN = Set.of(INSTRUCTEUR, RESPONSABLE, FINANCES, ADMINISTRATEUR);

    private static final Map<Class<?>, Set<String>> PERMISSIONS = Map.ofEntries(
            // reads
            entry(SearchAgreementsUseCase.class, EVERYONE),
            entry(GetAgreementUseCase.class, EVERYONE),
            entry(GetAgreementHistoryUseCase.class, EVERYONE),
            entry(ExportAgreementsUseCase.class, EVERYONE),
            entry(GetDashboardUseCase.class, EVERYONE),
            entry(ListDeadlinesUseCase.class, EVERYONE),
            entry(ListBudgetConsumptionUseCase.class, EVERYONE),
            entry(SearchAssociationsUseCase.class, EVERYONE),
            entry(GetAssociationUseCase.class, EVERYONE),
            entry(GetFunderSettingsUseCase.class, EVERYONE),
            entry(ExportOpenDataUseCase.class, EVERYONE),
            entry(OpenDocumentUseCase.class, EVERYONE),
            entry(GetSubsidyCommitmentsCheckUseCase.class, EVERYONE),
            entry(GetMultiYearPlanUseCase.class, EVERYONE),
            entry(ListAgreementMailsUseCase.class, EVERYONE),
            entry(ListAgreementDocumentsUseCase.class, EVERYONE),
            entry(ListDocumentTemplatesUseCase.class, EVERYONE),
            entry(GetDocumentMailDraftUseCase.class, EVERYONE),
            entry(GetFunderLogoUseCase.class, EVERYONE),
            // calendar feeds (issue 11): read as the owner of the token (bootstrap signs the feed's request in as them)
            entry(GetCalendarFeedUseCase.class, EVERYONE),
            entry(GetCalendarSubscriptionUseCase.class, EVERYONE),
            entry(IssueCalendarTokenUseCase.class, OWN_CALENDAR_TOKEN),
            entry(RevokeCalendarTokenUseCase.class, OWN_CALENDAR_TOKEN),
            // who may change something checks it first (readers open no action); each command it runs is checked on its own rights
            entry(DryRunUseCase.class, Set.of(INSTRUCTEUR, RESPONSABLE, FINANCES, ADMINISTRATEUR)),
            // case work
            entry(CreateDraftAgreementUseCase.class, CASE_WORK),
            entry(EditDraftAgreementUseCase.class, CASE_WORK),
            entry(PlanMultiYearAgreementUseCase.class, CASE_WORK),
            entry(RegisterAssociationUseCase.class, CASE_WORK),
            entry(UpdateAssociationUseCase.class, CASE_WORK),
            entry(DeleteDraftAgreementUseCase.class, CASE_WORK), // who drafts may drop the draft
            entry(DeleteAssociationUseCase.class, CASE_WORK), // who registers may delete one nothing refers to
            entry(ReceiveEvidenceUseCase.class, CASE_WORK),
            entry(AcceptEvidenceUseCase.class, CASE_WORK),
            entry(RejectEvidenceUseCase.class, CASE_WORK),
            entry(RecordEvaluationMeetingUseCase.class, CASE_WORK),
            entry(RecordThirdPartyDelegationUseCase.class, CASE_WORK),
            entry(RecordNoticeRemedyUseCase.class, CASE_WORK),
            entry(StoreDocumentUseCase.class, CASE_WORK),
            // the daily reminder job runs it as a case officer (bootstrap's ReminderJob)
            entry(QueueRemindersUseCase.class, CASE_WORK),
            // the daily staff digest job runs it as a case officer too (bootstrap's StaffDigestJob)
            entry(QueueStaffDigestsUseCase.class, CASE_WORK),
            // generated documents (the agreement, its letters): who prepares the file and who decides
            entry(GenerateDocumentUseCase.class, CASE_WORK),
            entry(SendDocumentByMailUseCase.class, CASE_WORK),
            // decisions
            entry(ApproveAgreementUseCase.class, DECISIONS),
            entry(SignAgreementUseCase.class, DECISIONS),
            entry(ConfirmAgreementYearUseCase.class, DECISIONS),
            entry(SettleAgreementUseCase.class, DECISIONS),
            entry(IssueRecoveryOrderUseCase.class, DECISIONS),
            entry(AmendAgreementUseCase.class, DECISIONS),
            entry(RecordFundingDecisionUseCase.class, DECISIONS),
            entry(SendFormalNoticeUseCase.class, DECISIONS),
            entry(TerminateAgreementUseCase.class, DECISIONS),
            entry(WaiveObligationUseCase.class, DECISIONS),
            entry(RecordRepublicanCommitmentBreachUseCase.class, DECISIONS),
            entry(CloseAgreementUseCase.class, DECISIONS),
            // money movements
            entry(RecordPaymentUseCase.class, MONEY_MOVEMENTS),
            entry(CancelPaymentUseCase.class, MONEY_MOVEMENTS),
            entry(RecordRecoveryReceiptUseCase.class, MONEY_MOVEMENTS),
            // settings
            entry(SetUpFunderUseCase.class, SETTINGS),
            entry(DefineBudgetLineUseCase.class, SETTINGS),
            entry(SaveDocumentTemplateUseCase.class, SETTINGS),
            entry(ResetDocumentTemplateUseCase.class, SETTINGS),
            entry(PreviewDocumentTemplateUseCase.class, SETTINGS),
            entry(UploadFunderLogoUseCase.class, SETTINGS),
            entry(RemoveFunderLogoUseCase.class, SETTINGS),
            entry(GetFunderSetupChecklistUseCase.class, EVERYONE)); // a read; the dashboard shows it to who sets up and who signs

    private UseCasePermissions() {
    }

    /** True when one of {@code roles} may run the use case whose inbound port is {@code useCase}. */
    public static boolean isAllowed(Class<?> useCase, Collection<String> roles) {
        Set<String> allowed = PERMISSIONS.get(useCase);
        return allowed != null && roles.stream().anyMatch(allowed::contains);
    }

    /** True when the use case is known here at all (unknown ones are denied to everyone). */
    public static boolean isDeclared(Class<?> useCase) {
        return PERMISSIONS.containsKey(useCase);
    }

    /** The roles allowed to run the use case (empty when undeclared). */
    public static Set<String> rolesFor(Class<?> useCase) {
        return PERMISSIONS.getOrDefault(useCase, Set.of());
    }

    /** Every use case declared here. */
    public static Set<Class<?>> declaredUseCases() {
        return PERMISSIONS.keySet();
    }
}
