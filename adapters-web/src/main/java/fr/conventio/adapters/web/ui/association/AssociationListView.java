package fr.conventio.adapters.web.ui.association;

import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.adapters.web.ui.MainLayout;
import fr.conventio.adapters.web.ui.common.ListUrl;
import fr.conventio.adapters.web.ui.common.CurrentStaff;
import fr.conventio.adapters.web.ui.common.Notifications;
import fr.conventio.application.association.AssociationSummary;
import fr.conventio.application.association.RegisterAssociationUseCase;
import fr.conventio.application.association.SearchAssociationsQuery;
import fr.conventio.application.association.SearchAssociationsUseCase;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.adapters.web.ui.common.TextInputs;
import fr.conventio.domain.shared.TextLimits;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The associations list: a lazy grid paged, filtered and sorted in the database through
 * {@link SearchAssociationsUseCase}, with the count; case officers register a new association here.
 */
@PermitAll
@Route(value = "associations", layout = MainLayout.class)
public class AssociationListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** The query parameter of the search (the sort is {@link ListUrl#SORT} and {@link ListUrl#ORDER}). */
    static final String TEXT = "recherche";

    private final SearchAssociationsUseCase searchAssociations;
    private final RegisterAssociationUseCase registerAssociation;
    final TextField filter = new TextField();
    final Grid<AssociationSummary> grid = new Grid<>();
    final Span count = new Span();
    final Button create = new Button();
    private final ListUrl url = new ListUrl("associations");

    public AssociationListView(SearchAssociationsUseCase searchAssociations, RegisterAssociationUseCase registerAssociation,
                               AuthenticationContext authentication) {
        this.searchAssociations = searchAssociations;
        this.registerAssociation = registerAssociation;
        setSizeFull();
        H2 title = new H2(getTranslation("association.list.title"));
        title.addClassName("page-title");

        filter.setId("associations-filter");
        filter.setLabel(getTranslation("association.list.filter"));
        filter.setPlaceholder(getTranslation("association.list.filter.placeholder"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidth("24rem");
        TextInputs.limit(filter, TextLimits.SEARCH);
        filter.addValueChangeListener(change -> refresh());

        create.setText(getTranslation("association.list.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.setId("association-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> openRegistration());
        create.setVisible(CurrentStaff.from(authentication).may(RegisterAssociationUseCase.class));

        HorizontalLayout toolbar = new HorizontalLayout(filter, create);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        count.setId("associations-count");
        count.getElement().setAttribute("aria-live", "polite");
        configureGrid();
        add(title, toolbar, count, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("associations-grid");
        grid.setAriaLabel(getTranslation("association.list.title"));
        grid.setSizeFull();
        Grid.Column<AssociationSummary> name = grid.addComponentColumn(summary ->
                        new RouterLink(summary.name(), AssociationView.class, new RouteParameters(AssociationView.ID, summary.id().toString())))
                .setHeader(getTranslation("association.column.name"))
                .setKey(SearchAssociationsUseCase.SORT_NAME).setSortable(true).setFlexGrow(3);
        grid.addColumn(summary -> Identifiers.siret(summary.siret()))
                .setHeader(getTranslation("association.column.siret")).setKey("siret").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(summary -> summary.rna() == null ? "" : summary.rna())
                .setHeader(getTranslation("association.column.rna")).setKey("rna").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AssociationSummary::city)
                .setHeader(getTranslation("association.column.city"))
                .setKey(SearchAssociationsUseCase.SORT_CITY).setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AssociationSummary::agreementCount)
                .setHeader(getTranslation("association.column.agreements"))
                .setKey(SearchAssociationsUseCase.SORT_AGREEMENT_COUNT).setSortable(true)
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(summary -> Formats.amount(summary.totalSubsidiesVoted()))
                .setHeader(getTranslation("association.column.totalVoted"))
                .setKey(SearchAssociationsUseCase.SORT_TOTAL_SUBSIDIES).setSortable(true)
                .setTextAlign(ColumnTextAlign.END).setPartNameGenerator(s -> "amount").setAutoWidth(true).setFlexGrow(0);
        grid.setMultiSort(false);
        grid.sort(List.of(new GridSortOrder<>(name, SortDirection.ASCENDING)));
        grid.addSortListener(sorted -> url.write(urlParameters()));
        grid.setItems(query -> {
            String sortBy = query.getSortOrders().isEmpty() ? SearchAssociationsUseCase.SORT_NAME
                    : query.getSortOrders().getFirst().getSorted();
            boolean ascending = query.getSortOrders().isEmpty()
                    || query.getSortOrders().getFirst().getDirection() == SortDirection.ASCENDING;
            return searchAssociations.search(new SearchAssociationsQuery(filter.getValue(),
                    PageRequest.ofOffset(query.getOffset(), query.getLimit(), sortBy, ascending))).content().stream();
        }, query -> (int) total());
    }

    private long total() {
        return searchAssociations.search(new SearchAssociationsQuery(filter.getValue(),
                PageRequest.of(0, 1, SearchAssociationsUseCase.SORT_NAME, true))).totalElements();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        Notifications.attempt(() -> count.setText(getTranslation("association.list.count", total())), () -> { });
        url.write(urlParameters());
    }

    /** The search and sort as the address carries them ({@code associations?recherche=pole&tri=city&ordre=desc}). */
    Map<String, String> urlParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(TEXT, filter.getValue());
        parameters.putAll(ListUrl.sortOf(grid, SearchAssociationsUseCase.SORT_NAME));
        return ListUrl.withoutEmpty(parameters);
    }

    /** Shows the list the address asks for (Back, a reload, a shared link). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        restore(ListUrl.read(event));
    }

    /** Sets the filters and sort from the address's parameters, then writes them back as understood. */
    void restore(Map<String, String> parameters) {
        url.restore(parameters, () -> {
            filter.setValue(Objects.requireNonNullElse(parameters.get(TEXT), ""));
            ListUrl.applySort(grid, parameters);
            refresh();
        }, this::urlParameters);
    }

    private void openRegistration() {
        AssociationDialog.registration(registerAssociation, searchAssociations, (id, data) -> {
            Notifications.success(getTranslation("association.dialog.create.done"));
            refresh();
            getUI().ifPresent(ui -> ui.navigate(AssociationView.class, new RouteParameters(AssociationView.ID, id.toString())));
        }).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("association.list.title") + " — " + getTranslation("app.title");
    }
}
