package fr.conventio.adapters.web.ui.agreement;

import fr.conventio.application.paperwork.GenerateDocumentUseCase;
import fr.conventio.application.mail.GetDocumentMailDraftUseCase;
import fr.conventio.application.mail.SendDocumentByMailUseCase;
import fr.conventio.application.paperwork.ListAgreementDocumentsUseCase;
import fr.conventio.adapters.web.ui.agreement.dialog.AgreementPage;
import fr.conventio.adapters.web.ui.agreement.dialog.AgreementUseCases;
import fr.conventio.adapters.web.ui.agreement.dialog.Texts;
import fr.conventio.adapters.web.ui.MainLayout;
import fr.conventio.adapters.web.ui.common.CurrentStaff;
import fr.conventio.adapters.web.ui.common.Messages;
import fr.conventio.application.checking.DryRunUseCase;
import fr.conventio.application.drafting.DeleteDraftAgreementUseCase;
import fr.conventio.application.drafting.GetSubsidyCommitmentsCheckUseCase;
import fr.conventio.application.control.RecordEvaluationMeetingUseCase;
import fr.conventio.application.control.RecordFundingDecisionUseCase;
import fr.conventio.application.document.OpenDocumentUseCase;
import fr.conventio.application.document.StoreDocumentUseCase;
import fr.conventio.application.lifecycle.AmendAgreementUseCase;
import fr.conventio.application.lifecycle.ApproveAgreementUseCase;
import fr.conventio.application.lifecycle.CloseAgreementUseCase;
import fr.conventio.application.lifecycle.RecordThirdPartyDelegationUseCase;
import fr.conventio.application.lifecycle.SignAgreementUseCase;
import fr.conventio.application.mail.ListAgreementMailsUseCase;
import fr.conventio.application.obligation.AcceptEvidenceUseCase;
import fr.conventio.application.obligation.ReceiveEvidenceUseCase;
import fr.conventio.application.obligation.RejectEvidenceUseCase;
import fr.conventio.application.obligation.WaiveObligationUseCase;
import fr.conventio.application.payment.CancelPaymentUseCase;
import fr.conventio.application.payment.RecordPaymentUseCase;
import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.application.reading.GetAgreementHistoryUseCase;
import fr.conventio.application.reading.GetAgreementQuery;
import fr.conventio.application.reading.GetAgreementUseCase;
import fr.conventio.application.settlement.IssueRecoveryOrderUseCase;
import fr.conventio.application.settlement.RecordRecoveryReceiptUseCase;
import fr.conventio.application.settlement.SettleAgreementUseCase;
import fr.conventio.application.termination.RecordNoticeRemedyUseCase;
import fr.conventio.application.termination.SendFormalNoticeUseCase;
import fr.conventio.application.termination.TerminateAgreementUseCase;
import fr.conventio.domain.shared.AgreementId;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import fr.conventio.application.multiyear.ConfirmAgreementYearUseCase;
import fr.conventio.application.multiyear.GetMultiYearPlanUseCase;
import fr.conventio.application.multiyear.MultiYearPlanView;
import fr.conventio.application.multiyear.PlanMultiYearAgreementUseCase;
import org.springframework.beans.factory.annotation.Autowired;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import java.util.Optional;

/**
 * The agreement page: one agreement through its whole life. The header shows who, what and the key
 * figures; the tabs below show each part and offer the actions allowed now (by the agreement's state
 * and by the user's roles). Every role may read it.
 */
@PermitAll
@Route(value = "conventions/:id", layout = MainLayout.class)
public class AgreementView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The tabs, in order (their index is kept across reloads). */
    static final String[] TABS = {"summary", "programme", "budget", "payments", "obligations", "settlement", "amendments",
            "control", "documents", "history", "mails"};

    private final AgreementUseCases useCases;
    private final CurrentStaff staff;
    private AgreementId agreementId;
    private AgreementPage page;
    private TabSheet tabs;
    /** D5, injected by Spring after construction ({@link #multiYear}); absent, the page shows no multi-year panel. */
    private GetMultiYearPlanUseCase getMultiYearPlan;
    private PlanMultiYearAgreementUseCase planMultiYear;
    private ConfirmAgreementYearUseCase confirmYear;

    /** Every use case of the page, injected by Spring (one parameter per inbound port, as every view of the adapter). */
    @SuppressWarnings("java:S107")
    public AgreementView(GetAgreementUseCase getAgreement, ApproveAgreementUseCase approve, SignAgreementUseCase sign,
                         RecordPaymentUseCase recordPayment, CancelPaymentUseCase cancelPayment, SettleAgreementUseCase settle,
                         IssueRecoveryOrderUseCase issueRecoveryOrder, RecordRecoveryReceiptUseCase recordRecoveryReceipt,
                         AmendAgreementUseCase amend, RecordThirdPartyDelegationUseCase recordThirdPartyDelegation,
                         StoreDocumentUseCase storeDocument, OpenDocumentUseCase openDocument, ReceiveEvidenceUseCase receiveEvidence,
                         AcceptEvidenceUseCase acceptEvidence, RejectEvidenceUseCase rejectEvidence, WaiveObligationUseCase waiveObligation,
                         SendFormalNoticeUseCase sendFormalNotice, RecordNoticeRemedyUseCase recordNoticeRemedy,
                         RecordFundingDecisionUseCase recordFundingDecision, RecordEvaluationMeetingUseCase recordMeeting,
                         TerminateAgreementUseCase terminate, CloseAgreementUseCase closeAgreement,
                         GetAgreementHistoryUseCase getAgreementHistory, DryRunUseCase dryRun,
                         GetSubsidyCommitmentsCheckUseCase checkCommitments, ListAgreementMailsUseCase listMails,
                         DeleteDraftAgreementUseCase deleteDraft,
                         ListAgreementDocumentsUseCase listDocuments, GenerateDocumentUseCase generateDocument,
                         GetDocumentMailDraftUseCase getDocumentMailDraft, SendDocumentByMailUseCase sendDocumentByMail,
                         AuthenticationContext authentication) {
        this.useCases = new AgreementUseCases(getAgreement, approve, sign, recordPayment, cancelPayment, settle, issueRecoveryOrder,
                recordRecoveryReceipt, amend, recordThirdPartyDelegation, storeDocument, openDocument, receiveEvidence, acceptEvidence,
                rejectEvidence, waiveObligation, sendFormalNotice, recordNoticeRemedy, recordFundingDecision, recordMeeting, terminate,
                closeAgreement, getAgreementHistory, dryRun, checkCommitments, listMails, deleteDraft, listDocuments, generateDocument,
                getDocumentMailDraft, sendDocumentByMail);
        this.staff = CurrentStaff.from(authentication);
        setWidthFull();
        setPadding(true);
        setSpacing(false);
        addClassName("agreement-page");
    }

    /** The multi-year use cases (D5), kept apart from the constructor so that the page's other wiring stays as it is. */
    @Autowired
    public void multiYear(GetMultiYearPlanUseCase get, PlanMultiYearAgreementUseCase plan, ConfirmAgreementYearUseCase confirm) {
        this.getMultiYearPlan = get;
        this.planMultiYear = plan;
        this.confirmYear = confirm;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> id = event.getRouteParameters().get("id");
        AgreementId parsed = null;
        try {
            parsed = id.map(AgreementId::of).orElse(null);
        } catch (IllegalArgumentException notAnId) {
            // shown as not found below
        }
        if (parsed == null) {
            showNotFound(Texts.t("agreement.notFound.text", id.orElse("")));
        } else {
            show(parsed);
        }
    }

    /** Shows the agreement (also the entry point of the browserless tests). */
    void show(AgreementId id) {
        this.agreementId = id;
        this.page = null;
        reload();
    }

    /** Reads the agreement again and redraws the header and the tabs, staying on the same tab. */
    void reload() {
        AgreementDetails details;
        try {
            details = useCases.getAgreement().get(new GetAgreementQuery(agreementId));
        } catch (RuntimeException error) {
            showNotFound(Messages.of(error));
            return;
        }
        int selected = tabs == null ? 0 : Math.max(0, tabs.getSelectedIndex());
        if (page == null) {
            page = new AgreementPage(useCases, staff, details, this::reload);
        } else {
            page.update(details);
        }
        Optional<MultiYearPlanView> plan = getMultiYearPlan == null ? Optional.empty() : getMultiYearPlan.get(agreementId);
        page.updateMultiYearPlan(plan);
        removeAll();
        add(new AgreementHeader(page));
        if (getMultiYearPlan != null && (plan.isPresent() || details.status() == fr.conventio.domain.agreement.AgreementStatus.DRAFT)) {
            add(new MultiYearPanel(page, plan, planMultiYear, confirmYear));
        }
        tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.setId("agreement-tabs");
        tabs.add(Texts.t("agreement.tab.summary"), new SummaryTab(page, this::selectTab));
        tabs.add(Texts.t("agreement.tab.programme"), new ProgrammeTab(page));
        tabs.add(Texts.t("agreement.tab.budget"), new BudgetTab(page));
        tabs.add(Texts.t("agreement.tab.payments"), new PaymentsTab(page));
        tabs.add(Texts.t("agreement.tab.obligations"), new ObligationsTab(page));
        tabs.add(Texts.t("agreement.tab.settlement"), new SettlementTab(page));
        tabs.add(Texts.t("agreement.tab.amendments"), new AmendmentsTab(page));
        tabs.add(Texts.t("agreement.tab.control"), new ControlTab(page));
        tabs.add(Texts.t("agreement.tab.documents"), new DocumentsTab(page, this::reload));
        tabs.add(Texts.t("agreement.tab.history"), new HistoryTab(page));
        tabs.add(Texts.t("agreement.tab.mails"), new MailsTab(page));
        tabs.setSelectedIndex(selected);
        add(tabs);
    }

    /** Selects a tab by its name in {@link #TABS}. */
    void selectTab(String name) {
        for (int i = 0; i < TABS.length; i++) {
            if (TABS[i].equals(name)) {
                tabs.setSelectedIndex(i);
            }
        }
    }

    private void showNotFound(String message) {
        removeAll();
        tabs = null;
        H2 title = new H2(Texts.t("agreement.notFound.title"));
        title.addClassName("page-title");
        add(title, new Paragraph(message), new Anchor("conventions", Texts.t("agreement.notFound.back")));
    }

    @Override
    public String getPageTitle() {
        String reference = page == null ? Texts.t("agreement.notFound.title") : page.details().reference();
        return reference + " — " + getTranslation("app.title");
    }
}
