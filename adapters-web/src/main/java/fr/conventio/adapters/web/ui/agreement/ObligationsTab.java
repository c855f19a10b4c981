package fr.conventio.adapters.web.ui.agreement;

import fr.conventio.adapters.web.download.DocumentDownloadServlet;
import fr.conventio.adapters.web.ui.agreement.dialog.AgreementPage;
import fr.conventio.adapters.web.ui.agreement.dialog.EvidenceReviewDialog;
import fr.conventio.adapters.web.ui.agreement.dialog.EvidenceUploadDialog;
import fr.conventio.adapters.web.ui.agreement.dialog.Texts;
import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.application.document.StoreDocumentUseCase;
import fr.conventio.application.obligation.AcceptEvidenceUseCase;
import fr.conventio.application.obligation.ReceiveEvidenceUseCase;
import fr.conventio.application.obligation.RejectEvidenceUseCase;
import fr.conventio.application.obligation.WaiveObligationUseCase;
import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.domain.obligation.EvidenceRef;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationEvent;
import fr.conventio.domain.shared.FileNames;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;


/**
 * "Obligations" (O1–O11): each item the association owes, with its rule, due date, status (late ones
 * say so: the read model judges it on today), the evidence received as links to the document download
 * ({@link DocumentDownloadServlet}, names shown with their invisible characters written out), and per row the
 * actions its state allows: receive a document, accept, reject (reason), waive (reason, O11).
 */
final class ObligationsTab extends VerticalLayout {

    private final AgreementPage page;

    ObligationsTab(AgreementPage page) {
        this.page = page;
        AgreementDetails d = page.details();
        setPadding(false);
        add(new H3(Texts.t("agreement.obligations.title")));
        if (d.obligations().isEmpty()) {
            add(new Paragraph(Texts.t("agreement.obligations.none")));
            return;
        }
        if (!d.balanceDocumentsOutstanding().isEmpty()) {
            Paragraph outstanding = new Paragraph(Texts.t("agreement.obligations.balanceOutstanding",
                    String.valueOf(d.balanceDocumentsOutstanding().size())));
            outstanding.setId("obligations-balance-outstanding");
            add(outstanding);
        }
        Grid<AgreementDetails.ObligationLine> grid = BudgetTab.grid(Texts.t("agreement.obligations.title"));
        grid.setId("obligations-grid");
        grid.addColumn(o -> o.label()).setHeader(Texts.t("agreement.obligations.column.type")).setFlexGrow(3);
        // O5: the Journal officiel deadline counts from the general assembly's approval of the accounts; until that date is
        // recorded with the annual accounts, the due date is the provisional fallback (nine months after the year end) and says so
        grid.addColumn(o -> Obligation.dueDateProvisional(o.type(), o.history())
                        ? Texts.t("agreement.obligations.provisionalDue", Formats.date(o.dueDate())) : Formats.date(o.dueDate()))
                .setHeader(Texts.t("agreement.obligations.column.due")).setAutoWidth(true);
        grid.addComponentColumn(o -> Badges.obligation(o.status())).setHeader(Texts.t("agreement.obligations.column.status"))
                .setKey("status").setAutoWidth(true);
        grid.addComponentColumn(this::evidence).setKey("evidence").setHeader(Texts.t("agreement.obligations.column.evidence")).setFlexGrow(2);
        grid.addColumn(this::note).setHeader(Texts.t("agreement.obligations.column.note")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(Texts.t("agreement.grid.actions")).setAutoWidth(true);
        grid.setItems(d.obligations());
        add(grid);
        // issue 11 §3: this agreement's deadlines as a calendar feed, read with the member of staff's own token
        if (!page.may(fr.conventio.application.calendar.IssueCalendarTokenUseCase.class)) {
            return;
        }
        Paragraph feed = new Paragraph(Texts.t("calendar.agreement.feed",
                fr.conventio.adapters.web.ui.calendar.CalendarAddresses.agreement(d.id()),
                fr.conventio.adapters.web.ui.calendar.CalendarAddresses.TOKEN_PLACEHOLDER));
        feed.setId("obligations-calendar-feed");
        add(feed);
    }

    private Component evidence(AgreementDetails.ObligationLine o) {
        FlexLayout links = new FlexLayout();
        links.setFlexDirection(FlexLayout.FlexDirection.COLUMN);
        for (EvidenceRef ref : o.evidence()) {
            String shown = FileNames.display(ref.fileName());
            Anchor link = new Anchor(DocumentDownloadServlet.link(ref.documentId()), shown, AnchorTarget.BLANK);
            link.setRouterIgnore(true);
            link.getElement().setAttribute("rel", "noopener");
            link.getElement().setAttribute("aria-label", Texts.t("agreement.obligations.download", shown));
            links.add(link);
        }
        return links;
    }

    private String note(AgreementDetails.ObligationLine o) {
        if (o.rejectionReason() != null) {
            return Texts.t("agreement.obligations.rejected", o.rejectionReason());
        }
        ObligationEvent last = lastReview(o);
        if (last != null && last.kind() == ObligationEvent.Kind.WAIVED) {
            return Texts.t("agreement.obligations.waived", Formats.date(last.on()), last.by(), String.valueOf(last.reason()));
        }
        if (last != null && last.kind() == ObligationEvent.Kind.ACCEPTED) {
            return Texts.t("agreement.obligations.accepted", Formats.date(last.on()), last.by());
        }
        // O5: the due date set from the general assembly's approval of the accounts, and from what
        return o.history().reversed().stream().filter(e -> e.kind() == ObligationEvent.Kind.RESCHEDULED).findFirst()
                .map(ObligationEvent::reason).orElse("");
    }

    /** The last event about the evidence (a change of due date is not one). */
    private static ObligationEvent lastReview(AgreementDetails.ObligationLine o) {
        return o.history().reversed().stream().filter(e -> e.kind() != ObligationEvent.Kind.RESCHEDULED).findFirst().orElse(null);
    }

    /** The stored state behind the status shown: OVERDUE hides whether evidence was received; the history tells. */
    private static ObligationEvent.Kind lastEvent(AgreementDetails.ObligationLine o) {
        ObligationEvent last = lastReview(o);
        return last == null ? null : last.kind();
    }

    private Component actions(AgreementDetails.ObligationLine o) {
        FlexLayout actions = new FlexLayout();
        actions.addClassName("row-actions");
        actions.getStyle().set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        if (o.status().isFulfilled()) {
            return actions;
        }
        String what = o.label();
        if (page.may(StoreDocumentUseCase.class) && page.may(ReceiveEvidenceUseCase.class)) {
            actions.add(button(Texts.t("agreement.obligations.upload"), Texts.t("agreement.obligations.uploadAria", what),
                    () -> new EvidenceUploadDialog(page, o).open()));
        }
        if (lastEvent(o) == ObligationEvent.Kind.RECEIVED) {
            if (page.may(AcceptEvidenceUseCase.class)) {
                actions.add(button(Texts.t("agreement.obligations.accept"), Texts.t("agreement.obligations.acceptAria", what),
                        () -> new EvidenceReviewDialog(page, o, EvidenceReviewDialog.Decision.ACCEPT).open()));
            }
            if (page.may(RejectEvidenceUseCase.class)) {
                actions.add(button(Texts.t("agreement.obligations.reject"), Texts.t("agreement.obligations.rejectAria", what),
                        () -> new EvidenceReviewDialog(page, o, EvidenceReviewDialog.Decision.REJECT).open()));
            }
        }
        if (page.may(WaiveObligationUseCase.class)) {
            actions.add(button(Texts.t("agreement.obligations.waive"), Texts.t("agreement.obligations.waiveAria", what),
                    () -> new EvidenceReviewDialog(page, o, EvidenceReviewDialog.Decision.WAIVE).open()));
        }
        return actions;
    }

    private static Button button(String text, String ariaLabel, Runnable open) {
        Button button = new Button(text, click -> open.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(ariaLabel);
        return button;
    }

}
