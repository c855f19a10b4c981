package fr.conventio.adapters.web.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import fr.conventio.application.port.in.AgreementSearch;
import fr.conventio.application.port.in.AgreementSummary;
import fr.conventio.application.port.in.SearchAgreementsUseCase;
import fr.conventio.application.shared.PageRequest;

import java.util.List;

/** The agreements list: a lazy grid paged and sorted in the database through the search use case. */
@PermitAll
@Route(value = "conventions", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
public class AgreementListView extends VerticalLayout implements HasDynamicTitle {

    private final SearchAgreementsUseCase searchAgreements;
    private final Grid<AgreementSummary> grid = new Grid<>();
    private final Span count = new Span();

    public AgreementListView(SearchAgreementsUseCase searchAgreements) {
        this.searchAgreements = searchAgreements;
        setSizeFull();
        H2 title = new H2(getTranslation("agreements.title"));
        title.addClassName("page-title");
        count.setId("agreements-count");
        configureGrid();
        add(title, count, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("agreements-grid");
        grid.setAriaLabel(getTranslation("agreements.title"));
        grid.setSizeFull();
        Grid.Column<AgreementSummary> reference = grid.addColumn(AgreementSummary::reference)
                .setHeader(getTranslation("agreements.column.reference"))
                .setKey(SearchAgreementsUseCase.SORT_REFERENCE).setSortable(true).setAutoWidth(true);
        grid.addColumn(AgreementSummary::associationName)
                .setHeader(getTranslation("agreements.column.association"))
                .setKey(SearchAgreementsUseCase.SORT_ASSOCIATION).setSortable(true).setFlexGrow(2);
        grid.addColumn(AgreementSummary::budgetYear)
                .setHeader(getTranslation("agreements.column.year"))
                .setKey(SearchAgreementsUseCase.SORT_YEAR).setSortable(true).setAutoWidth(true);
        grid.addColumn(summary -> Formats.amount(summary.subsidy()))
                .setHeader(getTranslation("agreements.column.subsidy"))
                .setKey(SearchAgreementsUseCase.SORT_SUBSIDY).setSortable(true)
                .setTextAlign(ColumnTextAlign.END).setPartNameGenerator(s -> "amount").setAutoWidth(true);
        grid.addColumn(summary -> Formats.rate(summary.shareOfCost()))
                .setHeader(getTranslation("agreements.column.share"))
                .setKey("shareOfCost").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(summary -> getTranslation("status." + summary.status().name()))
                .setHeader(getTranslation("agreements.column.status"))
                .setKey(SearchAgreementsUseCase.SORT_STATUS).setSortable(true).setAutoWidth(true);
        grid.setMultiSort(false);
        grid.sort(List.of(new GridSortOrder<>(reference, SortDirection.ASCENDING)));
    }

    private void refresh() {
        AgreementSearch search = AgreementSearch.all();
        grid.setItems(query -> {
            String sortBy = query.getSortOrders().isEmpty()
                    ? SearchAgreementsUseCase.SORT_REFERENCE
                    : query.getSortOrders().getFirst().getSorted();
            boolean ascending = query.getSortOrders().isEmpty()
                    || query.getSortOrders().getFirst().getDirection() == SortDirection.ASCENDING;
            return searchAgreements.search(search, PageRequest.ofOffset(query.getOffset(), query.getLimit(), sortBy, ascending))
                    .content().stream();
        });
        count.setText(getTranslation("agreements.count", searchAgreements.count(search)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agreements.title") + " — " + getTranslation("app.title");
    }
}
