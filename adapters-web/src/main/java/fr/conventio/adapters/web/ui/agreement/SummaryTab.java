package fr.conventio.adapters.web.ui.agreement;

import fr.conventio.adapters.web.ui.agreement.dialog.DraftDeletion;
import fr.conventio.adapters.web.ui.agreement.dialog.AgreementPage;
import fr.conventio.adapters.web.ui.agreement.dialog.SignatureWarnings;
import fr.conventio.adapters.web.ui.agreement.dialog.AmendDialog;
import fr.conventio.adapters.web.ui.agreement.dialog.ApproveDialog;
import fr.conventio.adapters.web.ui.agreement.dialog.CloseDialog;
import fr.conventio.adapters.web.ui.agreement.dialog.DelegationDialog;
import fr.conventio.adapters.web.ui.agreement.dialog.FormalNoticeDialog;
import fr.conventio.adapters.web.ui.agreement.dialog.FundingDecisionDialog;
import fr.conventio.adapters.web.ui.agreement.dialog.MeetingDialog;
import fr.conventio.adapters.web.ui.agreement.dialog.NoticeRemedyDialog;
import fr.conventio.adapters.web.ui.agreement.dialog.PaymentDialog;
import fr.conventio.adapters.web.ui.agreement.dialog.ReceiptDialog;
import fr.conventio.adapters.web.ui.agreement.dialog.RecoveryOrderDialog;
import fr.conventio.adapters.web.ui.agreement.dialog.SettleDialog;
import fr.conventio.adapters.web.ui.agreement.dialog.SignDialog;
import fr.conventio.adapters.web.ui.agreement.dialog.TerminateDialog;
import fr.conventio.adapters.web.ui.agreement.dialog.Texts;
import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.adapters.web.ui.common.StageBadges;
import fr.conventio.application.control.FundingDecisionAction;
import fr.conventio.application.control.RecordEvaluationMeetingUseCase;
import fr.conventio.application.control.RecordFundingDecisionUseCase;
import fr.conventio.application.drafting.DeleteDraftAgreementUseCase;
import fr.conventio.application.drafting.EditDraftAgreementUseCase;
import fr.conventio.application.lifecycle.AmendAgreementUseCase;
import fr.conventio.application.lifecycle.ApproveAgreementUseCase;
import fr.conventio.application.lifecycle.CloseAgreementUseCase;
import fr.conventio.application.lifecycle.RecordThirdPartyDelegationUseCase;
import fr.conventio.application.lifecycle.SignAgreementUseCase;
import fr.conventio.application.payment.RecordPaymentUseCase;
import fr.conventio.application.reading.AgreementAction;
import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.application.settlement.IssueRecoveryOrderUseCase;
import fr.conventio.application.settlement.SettleAgreementUseCase;
import fr.conventio.application.termination.RecordNoticeRemedyUseCase;
import fr.conventio.application.termination.SendFormalNoticeUseCase;
import fr.conventio.application.termination.TerminateAgreementUseCase;
import fr.conventio.domain.payment.PaymentKind;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * "Synthèse": the actions allowed now (each opening its dialog, closing the file among them), parties and key
 * dates, the whole account of the agreement as computed by the domain, the next deadlines of the association's obligations (and the funder's
 * own N1 deadline).
 */
final class SummaryTab extends VerticalLayout {

    private final AgreementPage page;

    SummaryTab(AgreementPage page, Consumer<String> selectTab) {
        this.page = page;
        AgreementDetails d = page.details();
        setPadding(false);
        SignatureWarnings.panel(page, "summary-signature-warning").ifPresent(this::add);

        add(new H3(Texts.t("agreement.summary.actions")));
        FlexLayout actions = new FlexLayout();
        actions.setId("summary-actions");
        actions.addClassName("action-bar");
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        if (page.offers(AgreementAction.EDIT_DRAFT, EditDraftAgreementUseCase.class)) {
            Anchor edit = new Anchor("conventions/" + d.id() + "/modifier", Texts.t("agreement.action.EDIT_DRAFT"));
            edit.setId("action-edit-draft");
            actions.add(edit);
        }
        if (page.offers(AgreementAction.EDIT_DRAFT, DeleteDraftAgreementUseCase.class)) {
            Button delete = new Button(Texts.t("draft.delete"), VaadinIcon.TRASH.create(), click -> DraftDeletion.ask(page));
            delete.setId("action-delete-draft");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(delete);
        }
        action(actions, AgreementAction.APPROVE, ApproveAgreementUseCase.class, () -> new ApproveDialog(page));
        action(actions, AgreementAction.SIGN, SignAgreementUseCase.class, () -> new SignDialog(page));
        action(actions, AgreementAction.RECORD_ADVANCE, RecordPaymentUseCase.class, () -> new PaymentDialog(page, PaymentKind.ADVANCE));
        action(actions, AgreementAction.RECORD_INSTALMENT, RecordPaymentUseCase.class, () -> new PaymentDialog(page, PaymentKind.INSTALMENT));
        action(actions, AgreementAction.SETTLE, SettleAgreementUseCase.class, () -> new SettleDialog(page));
        action(actions, AgreementAction.RECORD_BALANCE, RecordPaymentUseCase.class, () -> new PaymentDialog(page, PaymentKind.BALANCE));
        action(actions, AgreementAction.ISSUE_RECOVERY_ORDER, IssueRecoveryOrderUseCase.class, () -> new RecoveryOrderDialog(page));
        action(actions, AgreementAction.AMEND, AmendAgreementUseCase.class, () -> new AmendDialog(page));
        action(actions, AgreementAction.RECORD_THIRD_PARTY_DELEGATION, RecordThirdPartyDelegationUseCase.class,
                () -> new DelegationDialog(page));
        action(actions, AgreementAction.SUSPEND_PAYMENTS, RecordFundingDecisionUseCase.class,
                () -> new FundingDecisionDialog(page, FundingDecisionAction.SUSPEND_PAYMENTS));
        action(actions, AgreementAction.RESUME_PAYMENTS, RecordFundingDecisionUseCase.class,
                () -> new FundingDecisionDialog(page, FundingDecisionAction.RESUME_PAYMENTS));
        action(actions, AgreementAction.RECORD_FUNDING_DECISION, RecordFundingDecisionUseCase.class,
                () -> new FundingDecisionDialog(page, FundingDecisionAction.REDUCE_SUBSIDY));
        action(actions, AgreementAction.SEND_FORMAL_NOTICE, SendFormalNoticeUseCase.class, () -> new FormalNoticeDialog(page));
        action(actions, AgreementAction.RECORD_NOTICE_REMEDY, RecordNoticeRemedyUseCase.class, () -> new NoticeRemedyDialog(page, null));
        action(actions, AgreementAction.RECORD_MEETING, RecordEvaluationMeetingUseCase.class, () -> new MeetingDialog(page));
        action(actions, AgreementAction.CLOSE, CloseAgreementUseCase.class, () -> new CloseDialog(page));
        action(actions, AgreementAction.TERMINATE, TerminateAgreementUseCase.class, () -> new TerminateDialog(page));
        receipts(actions);
        if (actions.getComponentCount() == 0) {
            Paragraph none = new Paragraph(Texts.t("agreement.summary.noAction"));
            none.setId("summary-no-action");
            add(none);
        } else {
            add(actions);
        }
        reservedForOthers(AgreementAction.APPROVE, ApproveAgreementUseCase.class);
        reservedForOthers(AgreementAction.RECORD_BALANCE, RecordPaymentUseCase.class);

        add(new H3(Texts.t("agreement.summary.dates")));
        Figures dates = new Figures()
                .add(Texts.t("agreement.summary.funder"), d.funderName())
                .add(Texts.t("agreement.summary.signatory"), d.signatory().designation())
                .add(Texts.t("agreement.summary.representative"), d.representative() == null ? "" : d.representative().designation())
                .add(Texts.t("agreement.summary.deliberation"), d.deliberation() == null ? Texts.t("agreement.summary.notYet")
                        : Texts.t("agreement.summary.deliberationValue", d.deliberation().number(), d.deliberation().decidingBody(),
                        Formats.date(d.deliberation().date())), "summary-deliberation")
                .add(Texts.t("agreement.summary.signature"), d.signatureDate() == null ? Texts.t("agreement.summary.notYet")
                        : Formats.date(d.signatureDate()), "summary-signature");
        if (d.settlement() != null) {
            dates.add(Texts.t("agreement.summary.settledOn"), Formats.date(d.settlement().settledOn()), "summary-settled-on");
        }
        if (d.closedOn() != null) {
            dates.add(Texts.t("agreement.summary.closedOn"), Formats.date(d.closedOn()), "summary-closed-on");
        }
        if (d.termination() != null) {
            dates.add(Texts.t("agreement.summary.terminatedOn"), Texts.t("agreement.summary.terminatedValue",
                    Formats.date(d.termination().effectiveDate()), d.termination().ground()), "summary-terminated");
        }
        dates.add(Texts.t("agreement.summary.operationPeriod"), operationPeriod(d), "summary-operation-period");
        dates.add(Texts.t("agreement.summary.keepUnspent"), Texts.keepUnspent(d), "summary-keep-unspent");
        // D3 on the association's annual total from the funder: says so when another agreement of the year brings it over 23 000 €
        dates.add(Texts.t("agreement.summary.requirement"), d.requirement().explanation(), "summary-requirement");
        add(dates);

        add(new H3(Texts.t("agreement.summary.account")));
        add(new AccountFiguresList(d.account(), "account")
                .figure("agreement.figure.stage", StageBadges.label(d.stage()), "stage")
                .voted().inForce().finalSubsidyIfSettled().adjusted().advanceCap().paid().cancelled().kept().balanceDue()
                .outstanding().toRecover().recovered());

        add(new H3(Texts.t("agreement.summary.deadlines")));
        UnorderedList deadlines = new UnorderedList();
        deadlines.setId("summary-deadlines");
        if (d.paymentDeadline() != null && d.totalPaid().isZero()) {
            deadlines.add(new ListItem(new Span(Texts.t("agreement.summary.funderDeadline", Formats.date(d.paymentDeadline().dueBy())))));
        }
        d.obligations().stream().filter(o -> !o.status().isFulfilled()).limit(6).forEach(o -> {
            ListItem item = new ListItem(new Span(Formats.date(o.dueDate()) + " — " + o.label() + " "),
                    Badges.obligation(o.status()));
            deadlines.add(item);
        });
        if (deadlines.getComponentCount() == 0) {
            add(new Paragraph(Texts.t("agreement.summary.noDeadline")));
        } else {
            add(deadlines);
            Button all = new Button(Texts.t("agreement.summary.allObligations"), click -> selectTab.accept("obligations"));
            all.addThemeName("tertiary");
            add(all);
        }
    }

    /** D4: "du 01/03/2020 au 15/07/2020", or the same said to be the budget year. */
    static String operationPeriod(AgreementDetails d) {
        AgreementDetails.OperationTerms terms = d.operationTerms();
        return Texts.t(terms.ownPeriod() ? "agreement.summary.operationPeriodValue" : "agreement.summary.operationPeriodBudgetYear",
                Formats.date(terms.operationPeriod().start()), Formats.date(terms.operationPeriod().end()));
    }

    /** Says why an action the user's roles allow is not offered: the separation of duties reserves it to someone else. */
    private void reservedForOthers(AgreementAction action, Class<?> useCase) {
        if (page.details().reservedForOthers().contains(action) && page.may(useCase)) {
            Paragraph note = new Paragraph(Texts.t("agreement.reserved." + action.name()));
            note.setId("reserved-" + action.name().toLowerCase().replace('_', '-'));
            add(note);
        }
    }

    /**
     * A receipt on each recovery order still waiting for money, for whoever records receipts: the same offer as the
     * Liquidation tab's (an order is collected while the file is open), so that the summary never says "no action"
     * while that tab offers one.
     */
    private void receipts(FlexLayout bar) {
        for (AgreementDetails.RecoveryOrderLine order : SettlementTab.ordersAwaitingReceipt(page)) {
            Button button = new Button(Texts.t("agreement.receipt.openAria", order.number().toString()),
                    click -> new ReceiptDialog(page, order).open());
            button.setId("action-record-receipt-" + order.number());
            bar.add(button);
        }
    }

    private void action(FlexLayout bar, AgreementAction action, Class<?> useCase, Supplier<? extends Dialog> dialog) {
        if (!page.offers(action, useCase)) {
            return;
        }
        Button button = new Button(Texts.t("agreement.action." + action.name()), click -> dialog.get().open());
        button.setId("action-" + action.name().toLowerCase().replace('_', '-'));
        bar.add(button);
    }
}
