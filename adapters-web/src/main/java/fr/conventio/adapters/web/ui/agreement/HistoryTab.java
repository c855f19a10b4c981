package fr.conventio.adapters.web.ui.agreement;

import fr.conventio.adapters.web.ui.agreement.dialog.AgreementPage;
import fr.conventio.adapters.web.ui.agreement.dialog.HistoryFormat;
import fr.conventio.adapters.web.ui.agreement.dialog.Texts;
import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.application.reading.AuditEntry;
import fr.conventio.application.reading.GetAgreementHistoryQuery;
import fr.conventio.application.reading.GetAgreementHistoryUseCase;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.domain.agreement.AgreementVersion;
import fr.conventio.domain.shared.AgreementId;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * "Historique": the audit trail of the agreement and of the records attached to it, most recent first,
 * in a lazy grid paged by the history use case (who, when, which record, what changed: old → new).
 */
final class HistoryTab extends VerticalLayout {

    HistoryTab(AgreementPage page) {
        setPadding(false);
        add(new H3(Texts.t("agreement.history.title")));
        GetAgreementHistoryUseCase history = page.useCases().getAgreementHistory();
        AgreementId id = page.details().id();
        HistoryFormat.Names names = names(page.details());

        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("history-grid");
        grid.setAriaLabel(Texts.t("agreement.history.title"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setWidthFull();
        grid.setHeight("28rem");
        grid.setEmptyStateText(Texts.t("agreement.history.empty"));
        grid.addColumn(HistoryFormat::when).setHeader(Texts.t("agreement.history.column.when")).setAutoWidth(true);
        grid.addColumn(e -> e.actor() == null ? HistoryFormat.NONE : e.actor()).setHeader(Texts.t("agreement.history.column.who")).setAutoWidth(true);
        grid.addColumn(e -> HistoryFormat.record(e, names)).setHeader(Texts.t("agreement.history.column.record"))
                .setAutoWidth(true);
        grid.addColumn(e -> HistoryFormat.action(e.action())).setHeader(Texts.t("agreement.history.column.action"))
                .setAutoWidth(true);
        grid.addColumn(e -> HistoryFormat.changes(e.aggregateType(), e.changes(), names)).setHeader(Texts.t("agreement.history.column.changes")).setFlexGrow(3);
        grid.setItems(query -> history.history(new GetAgreementHistoryQuery(id, PageRequest.ofOffset(query.getOffset(), query.getLimit(),
                GetAgreementHistoryUseCase.SORT_OCCURRED_AT, false))).content().stream());
        add(grid);
    }

    /** The budget lines, obligations, payments and recovery orders of the agreement by their French name, for the history. */
    static HistoryFormat.Names names(AgreementDetails d) {
        Map<String, String> byId = new HashMap<>();
        Stream.concat(Stream.of(d.subsidy()), d.versions().stream().map(AgreementVersion::subsidy))
                .flatMap(subsidy -> subsidy.split().stream())
                .forEach(a -> byId.putIfAbsent(a.budgetLineId().value().toString(), PaymentsTab.lineLabel(d, a.budgetLineId())));
        d.obligations().forEach(o -> byId.put(o.id().value().toString(), o.label()));
        d.payments().forEach(p -> byId.put(p.id().value().toString(), p.kind().label()
                + (p.orderReference() == null ? "" : ", " + Texts.t("agreement.history.field.orderReference").toLowerCase() + " " + p.orderReference())));
        d.recoveryOrders().forEach(r -> byId.put(r.id().value().toString(), r.number().toString()));
        return new HistoryFormat.Names(byId);
    }
}
