package fr.conventio.adapters.web.ui.agreement;

import fr.conventio.adapters.web.ui.agreement.dialog.AgreementPage;
import fr.conventio.adapters.web.ui.agreement.dialog.FormalNoticeDialog;
import fr.conventio.adapters.web.ui.agreement.dialog.FundingDecisionDialog;
import fr.conventio.adapters.web.ui.agreement.dialog.MeetingDialog;
import fr.conventio.adapters.web.ui.agreement.dialog.NoticeRemedyDialog;
import fr.conventio.adapters.web.ui.agreement.dialog.RecoveryOrderDialog;
import fr.conventio.adapters.web.ui.agreement.dialog.TerminateDialog;
import fr.conventio.adapters.web.ui.agreement.dialog.Texts;
import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.application.control.FundingDecisionAction;
import fr.conventio.application.control.RecordEvaluationMeetingUseCase;
import fr.conventio.application.control.RecordFundingDecisionUseCase;
import fr.conventio.application.reading.AgreementAction;
import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.application.settlement.IssueRecoveryOrderUseCase;
import fr.conventio.domain.control.MeetingRecord;
import fr.conventio.application.termination.RecordNoticeRemedyUseCase;
import fr.conventio.application.termination.SendFormalNoticeUseCase;
import fr.conventio.application.termination.TerminateAgreementResult;
import fr.conventio.application.termination.TerminateAgreementUseCase;
import fr.conventio.domain.settlement.FundingDecision;
import fr.conventio.domain.termination.FormalNotice;
import fr.conventio.domain.termination.TerminationOutcome;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.ArrayList;
import java.util.List;

/**
 * "Contrôle et évaluation": meetings (O8 follow-up, O9 evaluation), formal notices (T1) and their
 * remedy, the funder's decisions (A3), and the termination (T1–T3) with the outcome the use case
 * returned (kept, to restitute) and the recovery order it calls for.
 */
final class ControlTab extends VerticalLayout {

    ControlTab(AgreementPage page) {
        AgreementDetails d = page.details();
        setPadding(false);

        add(new H3(Texts.t("agreement.meetings.title")));
        if (page.offers(AgreementAction.RECORD_MEETING, RecordEvaluationMeetingUseCase.class)) {
            add(secondary(Texts.t("agreement.action.RECORD_MEETING"), "control-record-meeting", () -> new MeetingDialog(page).open()));
        }
        Grid<MeetingRecord> meetings = BudgetTab.grid(Texts.t("agreement.meetings.title"));
        meetings.setId("meetings-grid");
        meetings.addColumn(m -> Texts.t("agreement.meeting.kind." + m.kind().name()))
                .setHeader(Texts.t("agreement.meeting.kind")).setAutoWidth(true);
        meetings.addColumn(m -> Formats.date(m.heldOn())).setHeader(Texts.t("agreement.meeting.date")).setAutoWidth(true);
        meetings.addColumn(MeetingRecord::summary).setHeader(Texts.t("agreement.meeting.summary")).setFlexGrow(3);
        meetings.addColumn(MeetingRecord::recordedBy).setHeader(Texts.t("agreement.control.recordedBy")).setAutoWidth(true);
        meetings.setItems(d.meetings());
        add(meetings);

        add(new H3(Texts.t("agreement.notices.title")));
        if (page.offers(AgreementAction.SEND_FORMAL_NOTICE, SendFormalNoticeUseCase.class)) {
            add(secondary(Texts.t("agreement.action.SEND_FORMAL_NOTICE"), "control-send-notice", () -> new FormalNoticeDialog(page).open()));
        }
        List<Numbered> numbered = new ArrayList<>();
        for (int i = 0; i < d.formalNotices().size(); i++) {
            numbered.add(new Numbered(i + 1, d.formalNotices().get(i)));
        }
        Grid<Numbered> notices = BudgetTab.grid(Texts.t("agreement.notices.title"));
        notices.setId("notices-grid");
        notices.addColumn(n -> String.valueOf(n.number())).setHeader(Texts.t("agreement.notices.column.number")).setAutoWidth(true);
        notices.addColumn(n -> Formats.date(n.notice().sentOn())).setHeader(Texts.t("agreement.notice.sentOn")).setAutoWidth(true);
        notices.addColumn(n -> Texts.t("agreement.party." + n.notice().sentBy().name())).setHeader(Texts.t("agreement.notice.sentBy"))
                .setAutoWidth(true);
        notices.addColumn(n -> n.notice().registeredLetterReference()).setHeader(Texts.t("agreement.notice.letter")).setAutoWidth(true);
        notices.addColumn(n -> n.notice().breach()).setHeader(Texts.t("agreement.notice.breach")).setFlexGrow(2);
        notices.addColumn(n -> Formats.date(n.notice().earliestTerminationDate())).setHeader(Texts.t("agreement.notices.column.earliest"))
                .setAutoWidth(true);
        notices.addComponentColumn(n -> n.notice().isRemedied()
                        ? Badges.of(Texts.t("agreement.notices.remediedOn", Formats.date(n.notice().remediedOn())), "success")
                        : remedy(page, n)).setHeader(Texts.t("agreement.notices.column.remedy")).setAutoWidth(true);
        notices.setItems(numbered);
        add(notices);

        add(new H3(Texts.t("agreement.decisions.title")));
        if (page.offers(AgreementAction.RECORD_FUNDING_DECISION, RecordFundingDecisionUseCase.class)
                || page.offers(AgreementAction.SUSPEND_PAYMENTS, RecordFundingDecisionUseCase.class)
                || page.offers(AgreementAction.RESUME_PAYMENTS, RecordFundingDecisionUseCase.class)) {
            FundingDecisionAction initial = d.allows(AgreementAction.RESUME_PAYMENTS) ? FundingDecisionAction.RESUME_PAYMENTS
                    : FundingDecisionAction.SUSPEND_PAYMENTS;
            add(secondary(Texts.t("agreement.decisions.record"), "control-record-decision",
                    () -> new FundingDecisionDialog(page, initial).open()));
        }
        Grid<FundingDecision> decisions = BudgetTab.grid(Texts.t("agreement.decisions.title"));
        decisions.setId("decisions-grid");
        decisions.addColumn(f -> Formats.date(f.decidedOn())).setHeader(Texts.t("agreement.decision.date")).setAutoWidth(true);
        decisions.addColumn(f -> Texts.t("agreement.decision.kind." + f.kind().name())).setHeader(Texts.t("agreement.decision.action"))
                .setAutoWidth(true);
        decisions.addColumn(f -> Texts.t("agreement.decision.cause." + f.cause().name())).setHeader(Texts.t("agreement.decision.cause"))
                .setAutoWidth(true);
        decisions.addColumn(FundingDecision::reason).setHeader(Texts.t("agreement.decision.reason")).setFlexGrow(2);
        decisions.addColumn(f -> f.optionalAmount().map(Formats::amount).orElse("—")).setHeader(Texts.t("agreement.decision.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        decisions.addColumn(f -> Formats.amount(f.amountToRecover())).setHeader(Texts.t("agreement.decisions.column.toRecover"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        decisions.addColumn(FundingDecision::decidedBy).setHeader(Texts.t("agreement.control.recordedBy")).setAutoWidth(true);
        decisions.setItems(d.fundingDecisions());
        add(decisions);
        if (!d.suspensions().isEmpty()) {
            d.suspensions().forEach(s -> add(new Paragraph(s.isOngoing()
                    ? Texts.t("agreement.decisions.suspendedSince", Formats.date(s.since()), s.reason())
                    : Texts.t("agreement.decisions.suspendedFromTo", Formats.date(s.since()), Formats.date(s.resumedOn()), s.reason()))));
        }

        add(new H3(Texts.t("agreement.termination.title")));
        TerminateAgreementResult returned = page.lastTermination();
        TerminationOutcome outcome = returned != null ? returned.outcome() : d.terminationOutcome();
        if (outcome != null) {
            Figures figures = new Figures()
                    .add(Texts.t("agreement.terminate.date"), Formats.date(outcome.effectiveDate()), "termination-date")
                    .add(Texts.t("agreement.terminate.ground"), Texts.t("agreement.terminate.ground." + outcome.ground().name()))
                    .add(Texts.t("agreement.terminate.restitution"), Texts.t("agreement.terminate.restitution." + outcome.restitution().name()))
                    .add(Texts.t("agreement.termination.kept"), Formats.amount(outcome.amountKept()), "termination-kept")
                    .add(Texts.t("agreement.termination.toRestitute"), Formats.amount(outcome.amountToRestitute()), "termination-to-restitute");
            if (returned != null && returned.recoveryOrderNumber() != null) {
                figures.add(Texts.t("agreement.termination.order"), returned.recoveryOrderNumber().toString(), "termination-order");
            }
            add(figures);
            if (page.offers(AgreementAction.ISSUE_RECOVERY_ORDER, IssueRecoveryOrderUseCase.class)) {
                add(SettlementTab.primary(Texts.t("agreement.settlement.issueOrder"), "termination-issue-order",
                        () -> new RecoveryOrderDialog(page).open()));
            }
        } else {
            add(new Paragraph(Texts.t("agreement.termination.none")));
            if (page.offers(AgreementAction.TERMINATE, TerminateAgreementUseCase.class)) {
                Button terminate = secondary(Texts.t("agreement.action.TERMINATE"), "control-terminate", () -> new TerminateDialog(page).open());
                terminate.addThemeVariants(ButtonVariant.LUMO_ERROR);
                add(terminate);
            }
        }
    }

    private record Numbered(int number, FormalNotice notice) {
    }

    private static Component remedy(AgreementPage page, Numbered n) {
        if (!page.offers(AgreementAction.RECORD_NOTICE_REMEDY, RecordNoticeRemedyUseCase.class)) {
            return new Span(Texts.t("agreement.notices.notRemedied"));
        }
        Button button = new Button(Texts.t("agreement.action.RECORD_NOTICE_REMEDY"),
                click -> new NoticeRemedyDialog(page, n.number()).open());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(Texts.t("agreement.notices.remedyAria", Texts.t("agreement.action.RECORD_NOTICE_REMEDY"), String.valueOf(n.number())));
        return button;
    }

    private static Button secondary(String text, String id, Runnable open) {
        Button button = new Button(text, click -> open.run());
        button.setId(id);
        return button;
    }
}
