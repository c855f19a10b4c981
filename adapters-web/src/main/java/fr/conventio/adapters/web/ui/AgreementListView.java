package fr.conventio.adapters.web.ui;

import fr.conventio.adapters.web.ui.common.CurrentStaff;
import fr.conventio.adapters.web.ui.common.ListUrl;
import fr.conventio.adapters.web.ui.common.StageBadges;
import fr.conventio.application.association.AssociationSummary;
import fr.conventio.application.association.SearchAssociationsQuery;
import fr.conventio.application.association.SearchAssociationsUseCase;
import fr.conventio.application.drafting.CreateDraftAgreementUseCase;
import fr.conventio.application.funder.FunderSettings;
import fr.conventio.application.funder.GetFunderSettingsQuery;
import fr.conventio.application.funder.GetFunderSettingsUseCase;
import fr.conventio.application.reading.AgreementSearch;
import fr.conventio.application.reading.AgreementSummary;
import fr.conventio.application.reading.AgreementsExport;
import fr.conventio.application.reading.ExportAgreementsQuery;
import fr.conventio.application.reading.ExportAgreementsUseCase;
import fr.conventio.application.reading.SearchAgreementsUseCase;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.domain.account.AgreementStage;
import fr.conventio.adapters.web.ui.common.TextInputs;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.shared.TextLimits;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The agreements list: filters (year, stage, association, budget line, text), the count of what they
 * match, a lazy grid paged and sorted in the database through the search use case, row click to the
 * agreement page, the CSV export of the filtered list, and "Nouvelle convention" for those who may draft.
 */
@PermitAll
@Route(value = "conventions", layout = MainLayout.class)
public class AgreementListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** The query parameters of the filters (the sort is {@link ListUrl#SORT} and {@link ListUrl#ORDER}). */
    static final String YEAR = "exercice";
    static final String STAGE = "etape";
    static final String ASSOCIATION = "association";
    static final String LINE = "ligne";
    static final String TEXT = "recherche";

    /** Route of the draft wizard (ui.draft), by path so that this package does not depend on it. */
    static final String NEW_AGREEMENT_ROUTE = "conventions/nouvelle";
    /** The least width of an association-name column (here and on the dashboard): at 768 px it would else shrink to a few letters. */
    public static final String ASSOCIATION_MIN_WIDTH = "14rem";
    static final int TEXT_FILTER_DELAY_MS = 300;

    private final SearchAgreementsUseCase searchAgreements;
    private final ExportAgreementsUseCase exportAgreements;
    private final Grid<AgreementSummary> grid = new Grid<>();
    private final Span count = new Span();
    final IntegerField year = new IntegerField();
    final Select<AgreementStage> stage = new Select<>();
    final ComboBox<AssociationSummary> association = new ComboBox<>();
    final Select<FunderSettings.BudgetLineSettings> budgetLine = new Select<>();
    final TextField text = new TextField();
    final Button reset = new Button();
    final Button newAgreement = new Button();
    final Anchor export;
    /** The filters in force, read by the grid and by the export (which runs outside the UI's lock). */
    private volatile AgreementSearch search = AgreementSearch.all();
    private final ListUrl url = new ListUrl("conventions");
    private final SearchAssociationsUseCase searchAssociations;

    @Autowired
    public AgreementListView(SearchAgreementsUseCase searchAgreements, ExportAgreementsUseCase exportAgreements,
                             SearchAssociationsUseCase searchAssociations, GetFunderSettingsUseCase funderSettings,
                             AuthenticationContext authentication) {
        this(searchAgreements, exportAgreements, searchAssociations, funderSettings, CurrentStaff.from(authentication));
    }

    AgreementListView(SearchAgreementsUseCase searchAgreements, ExportAgreementsUseCase exportAgreements,
                      SearchAssociationsUseCase searchAssociations, GetFunderSettingsUseCase funderSettings, CurrentStaff staff) {
        this.searchAgreements = searchAgreements;
        this.exportAgreements = exportAgreements;
        this.searchAssociations = searchAssociations;
        setSizeFull();
        H2 title = new H2(getTranslation("agreements.title"));
        title.addClassName("page-title");

        newAgreement.setText(getTranslation("agreements.new"));
        newAgreement.setIcon(VaadinIcon.PLUS.create());
        newAgreement.setId("agreements-new");
        newAgreement.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newAgreement.addClickListener(click -> UI.getCurrent().navigate(NEW_AGREEMENT_ROUTE));
        newAgreement.setVisible(staff.may(CreateDraftAgreementUseCase.class));

        export = new Anchor(csvDownload(), AttachmentType.DOWNLOAD, "");
        export.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("agreements.export")));
        export.setId("agreements-export");
        export.addClassName("agreements-export");

        HorizontalLayout header = new HorizontalLayout(title, newAgreement, export);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setFlexGrow(1, title);

        count.setId("agreements-count");
        count.getElement().setAttribute("aria-live", "polite");
        configureFilters(searchAssociations, funderSettings);
        configureGrid();
        HorizontalLayout filters = new HorizontalLayout(year, stage, association, budgetLine, text, reset);
        filters.setId("agreements-filters");
        filters.addClassName("agreements-filters");
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", getTranslation("agreements.filters"));
        add(header, filters, count, grid);
        refresh();
    }

    private void configureFilters(SearchAssociationsUseCase searchAssociations, GetFunderSettingsUseCase funderSettings) {
        year.setLabel(getTranslation("agreements.filter.year"));
        year.setId("filter-year");
        year.setClearButtonVisible(true);
        year.setWidth("9em");
        year.setValueChangeMode(ValueChangeMode.LAZY);
        year.setValueChangeTimeout(TEXT_FILTER_DELAY_MS);

        stage.setLabel(getTranslation("agreements.filter.stage"));
        stage.setId("filter-stage");
        stage.setItems(AgreementStage.values());
        stage.setItemLabelGenerator(s -> s == null ? getTranslation("agreements.filter.stage.any") : getTranslation("stage." + s.name()));
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption(getTranslation("agreements.filter.stage.any"));

        association.setLabel(getTranslation("agreements.filter.association"));
        association.setId("filter-association");
        association.setItemLabelGenerator(AssociationSummary::name);
        association.setItems(query -> searchAssociations.search(new SearchAssociationsQuery(query.getFilter().orElse(""),
                PageRequest.ofOffset(query.getOffset(), query.getLimit(), SearchAssociationsUseCase.SORT_NAME, true))).content().stream());
        association.setClearButtonVisible(true);
        association.setMinWidth("16em");

        budgetLine.setLabel(getTranslation("agreements.filter.budgetLine"));
        budgetLine.setId("filter-budget-line");
        List<FunderSettings.BudgetLineSettings> lines = funderSettings.get(new GetFunderSettingsQuery())
                .map(FunderSettings::budgetLines).orElse(List.of());
        budgetLine.setItems(lines);
        budgetLine.setItemLabelGenerator(line -> line == null ? getTranslation("agreements.filter.budgetLine.any")
                : line.code() + " — " + line.label());
        budgetLine.setEmptySelectionAllowed(true);
        budgetLine.setEmptySelectionCaption(getTranslation("agreements.filter.budgetLine.any"));

        text.setLabel(getTranslation("agreements.filter.text"));
        text.setId("filter-text");
        text.setPlaceholder(getTranslation("agreements.filter.text.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(TEXT_FILTER_DELAY_MS);
        TextInputs.limit(text, TextLimits.SEARCH);

        reset.setText(getTranslation("agreements.filter.reset"));
        reset.setId("filter-reset");
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reset.addClickListener(click -> {
            year.clear();
            stage.clear();
            association.clear();
            budgetLine.clear();
            text.clear();
            refresh();
        });

        year.addValueChangeListener(event -> refresh());
        stage.addValueChangeListener(event -> refresh());
        association.addValueChangeListener(event -> refresh());
        budgetLine.addValueChangeListener(event -> refresh());
        text.addValueChangeListener(event -> refresh());
    }

    private void configureGrid() {
        grid.setId("agreements-grid");
        grid.setAriaLabel(getTranslation("agreements.title"));
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // a long association name wraps rather than being cut
        // the reference is a link: keyboard users reach each agreement with Tab (a row click is mouse-only)
        Grid.Column<AgreementSummary> reference = grid.addComponentColumn(AgreementListView::referenceLink)
                .setHeader(getTranslation("agreements.column.reference"))
                .setKey(SearchAgreementsUseCase.SORT_REFERENCE).setSortProperty(SearchAgreementsUseCase.SORT_REFERENCE)
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        // the association's name takes the width the short columns leave (fixed widths in rem, which fit their
        // sortable headers and stay aligned with the body: an em width differs in the smaller header font; no growth)
        grid.addColumn(AgreementSummary::associationName)
                .setHeader(getTranslation("agreements.column.association"))
                .setKey(SearchAgreementsUseCase.SORT_ASSOCIATION).setSortable(true).setWidth(ASSOCIATION_MIN_WIDTH).setFlexGrow(2);
        grid.addColumn(AgreementSummary::budgetYear)
                .setHeader(getTranslation("agreements.column.year"))
                .setKey(SearchAgreementsUseCase.SORT_YEAR).setSortable(true).setWidth("6.75rem").setFlexGrow(0);
        grid.addColumn(summary -> Formats.amount(summary.subsidy()))
                .setHeader(getTranslation("agreements.column.subsidy"))
                .setKey(SearchAgreementsUseCase.SORT_SUBSIDY).setSortable(true)
                .setTextAlign(ColumnTextAlign.END).setPartNameGenerator(s -> "amount").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(summary -> Formats.rate(summary.shareOfCost()))
                .setHeader(getTranslation("agreements.column.share"))
                .setKey("shareOfCost").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(summary -> StageBadges.of(summary.stage()))
                .setHeader(getTranslation("agreements.column.stage"))
                .setKey(SearchAgreementsUseCase.SORT_STATUS).setSortProperty(SearchAgreementsUseCase.SORT_STATUS).setSortable(true)
                .setWidth("9.5rem").setFlexGrow(0); // fits "Solde versé" and "Approuvée" as badges
        grid.setMultiSort(false);
        grid.sort(List.of(new GridSortOrder<>(reference, SortDirection.ASCENDING)));
        grid.addSortListener(sorted -> url.write(urlParameters()));
        grid.addItemClickListener(click -> {
            if (click.getColumn() != reference) {
                UI.getCurrent().navigate(agreementPath(click.getItem()));
            }
        });
        grid.setItems(query -> {
            String sortBy = query.getSortOrders().isEmpty()
                    ? SearchAgreementsUseCase.SORT_REFERENCE
                    : query.getSortOrders().getFirst().getSorted();
            boolean ascending = query.getSortOrders().isEmpty()
                    || query.getSortOrders().getFirst().getDirection() == SortDirection.ASCENDING;
            return searchAgreements.search(search, PageRequest.ofOffset(query.getOffset(), query.getLimit(), sortBy, ascending))
                    .content().stream();
        }, query -> (int) Math.min(Integer.MAX_VALUE, searchAgreements.count(search)));
    }

    private static String agreementPath(AgreementSummary summary) {
        return "conventions/" + summary.id();
    }

    private static Anchor referenceLink(AgreementSummary summary) {
        Anchor link = new Anchor(agreementPath(summary), summary.reference());
        link.addClassName("agreement-link");
        return link;
    }

    /** The filters as the search use case takes them. */
    AgreementSearch currentSearch() {
        return new AgreementSearch(year.getValue(), stage.getValue(),
                association.getValue() == null ? null : association.getValue().id(),
                budgetLine.getValue() == null ? null : budgetLine.getValue().id(), text.getValue());
    }

    private void refresh() {
        search = currentSearch();
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("agreements.count", searchAgreements.count(search)));
        url.write(urlParameters());
    }

    /** The filters and sort as the address carries them ({@code conventions?exercice=2020&etape=signed&tri=subsidy&ordre=desc}). */
    Map<String, String> urlParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(YEAR, year.getValue() == null ? null : String.valueOf(year.getValue()));
        parameters.put(STAGE, stage.getValue() == null ? null : stage.getValue().name().toLowerCase(Locale.ROOT));
        parameters.put(ASSOCIATION, association.getValue() == null ? null : association.getValue().id().toString());
        parameters.put(LINE, budgetLine.getValue() == null ? null : budgetLine.getValue().id().toString());
        parameters.put(TEXT, text.getValue());
        parameters.putAll(ListUrl.sortOf(grid, SearchAgreementsUseCase.SORT_REFERENCE));
        return ListUrl.withoutEmpty(parameters);
    }

    /** Shows the list the address asks for (Back, a reload, a shared link); a value it cannot read is left out. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        restore(ListUrl.read(event));
    }

    /** Sets the filters and sort from the address's parameters, then writes them back as understood. */
    void restore(Map<String, String> parameters) {
        url.restore(parameters, () -> {
            year.setValue(parse(parameters.get(YEAR), Integer::valueOf));
            stage.setValue(parse(parameters.get(STAGE), s -> AgreementStage.valueOf(s.toUpperCase(Locale.ROOT))));
            association.setValue(parse(parameters.get(ASSOCIATION), this::association));
            budgetLine.setValue(budgetLine.getListDataView().getItems()
                    .filter(line -> line.id().toString().equals(parameters.get(LINE))).findFirst().orElse(null));
            text.setValue(Objects.requireNonNullElse(parameters.get(TEXT), ""));
            ListUrl.applySort(grid, parameters);
            refresh();
        }, this::urlParameters);
    }

    /** The association of that id, looked up through the search (the list's own source of associations). */
    private AssociationSummary association(String id) {
        AssociationId wanted = AssociationId.of(id);
        for (int page = 0; page < 20; page++) {
            var found = searchAssociations.search(new SearchAssociationsQuery("",
                    PageRequest.of(page, PageRequest.MAX_SIZE, SearchAssociationsUseCase.SORT_NAME, true)));
            Optional<AssociationSummary> match = found.content().stream().filter(a -> a.id().equals(wanted)).findFirst();
            if (match.isPresent() || found.content().size() < PageRequest.MAX_SIZE) {
                return match.orElse(null);
            }
        }
        return null;
    }

    private static <T> T parse(String value, java.util.function.Function<String, T> reader) {
        if (value == null) {
            return null;
        }
        try {
            return reader.apply(value);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** The CSV of the filtered list, from the export use case, under the file name it gives. */
    DownloadHandler csvDownload() {
        return event -> {
            AgreementsExport csv = exportAgreements.export(new ExportAgreementsQuery(search));
            byte[] bytes = csv.bytes();
            event.setFileName(csv.fileName());
            event.setContentType("text/csv; charset=UTF-8");
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agreements.title") + " — " + getTranslation("app.title");
    }
}
