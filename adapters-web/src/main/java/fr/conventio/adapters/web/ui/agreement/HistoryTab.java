package fr.conventio.adapters.web.ui.agreement;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.conventio.application.port.in.AuditChange;
import fr.conventio.application.port.in.AuditEntry;
import fr.conventio.application.port.in.GetAgreementHistoryQuery;
import fr.conventio.application.port.in.GetAgreementHistoryUseCase;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.domain.shared.AgreementId;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Historique": the audit trail of the agreement and of the records attached to it, most recent first,
 * in a lazy grid paged by the history use case (who, when, which record, what changed: old → new).
 */
final class HistoryTab extends VerticalLayout {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Set<String> TYPES = Set.of("FUNDER", "ASSOCIATION", "BUDGET_LINE", "AGREEMENT", "PAYMENT", "OBLIGATION",
            "RECOVERY_ORDER", "AGREEMENT_CONTROL");
    private static final Set<String> ACTIONS = Set.of("INSERT", "UPDATE");

    HistoryTab(AgreementPage page) {
        setPadding(false);
        add(new H3(Texts.t("agreement.history.title")));
        GetAgreementHistoryUseCase history = page.useCases().getAgreementHistory();
        AgreementId id = page.details().id();

        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("history-grid");
        grid.setAriaLabel(Texts.t("agreement.history.title"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setWidthFull();
        grid.setHeight("28rem");
        grid.setEmptyStateText(Texts.t("agreement.history.empty"));
        grid.addColumn(e -> WHEN.format(e.occurredAt().atZone(PARIS))).setHeader(Texts.t("agreement.history.column.when")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(Texts.t("agreement.history.column.who")).setAutoWidth(true);
        grid.addColumn(e -> label("agreement.history.type.", TYPES, e.aggregateType())).setHeader(Texts.t("agreement.history.column.record"))
                .setAutoWidth(true);
        grid.addColumn(e -> label("agreement.history.action.", ACTIONS, e.action())).setHeader(Texts.t("agreement.history.column.action"))
                .setAutoWidth(true);
        grid.addColumn(e -> changes(e.changes())).setHeader(Texts.t("agreement.history.column.changes")).setFlexGrow(3);
        grid.setItems(query -> history.history(new GetAgreementHistoryQuery(id, PageRequest.ofOffset(query.getOffset(), query.getLimit(),
                GetAgreementHistoryUseCase.SORT_OCCURRED_AT, false))).content().stream());
        add(grid);
    }

    private static String label(String prefix, Set<String> known, String code) {
        return code != null && known.contains(code) ? Texts.t(prefix + code) : String.valueOf(code);
    }

    static String changes(Map<String, AuditChange> changes) {
        return changes.entrySet().stream()
                .map(c -> c.getKey() + " : " + show(c.getValue().oldValue()) + " → " + show(c.getValue().newValue()))
                .collect(Collectors.joining(" ; "));
    }

    private static String show(String value) {
        return value == null ? "∅" : value;
    }
}
