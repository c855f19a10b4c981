package fr.conventio.adapters.web.ui.agreement;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * "Historique": the audit trail of the agreement. The read use case that serves it
 * ({@code GetAgreementHistoryUseCase}) is not in the application yet: the tab says so plainly.
 */
final class HistoryTab extends VerticalLayout {

    HistoryTab(AgreementPage page) {
        setPadding(false);
        add(new H3(Texts.t("agreement.history.title")));
        Paragraph soon = new Paragraph(Texts.t("agreement.history.soon"));
        soon.setId("history-soon");
        add(soon);
    }
}
