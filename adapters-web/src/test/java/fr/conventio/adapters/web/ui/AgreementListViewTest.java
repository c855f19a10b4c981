package fr.conventio.adapters.web.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static fr.conventio.adapters.web.testing.UiTesting.currentPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import fr.conventio.adapters.web.testing.UiTesting;
import fr.conventio.adapters.web.ui.common.CurrentStaff;
import fr.conventio.application.drafting.AgreementTerms;
import fr.conventio.application.drafting.CreateDraftAgreementCommand;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.reading.AgreementSearch;
import fr.conventio.application.reading.AgreementSummary;
import fr.conventio.application.reading.SearchAgreementsUseCase;
import fr.conventio.application.security.Roles;
import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.domain.agreement.AgreementObject;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.account.AgreementStage;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Browserless test of the agreements list on the whole application in memory: the seed agreement
 * (approved) and a 2021 draft for a third-party venue, filtered, sorted, exported.
 */
class AgreementListViewTest {

    private static final String NBSP = "\u00A0";
    private static final String SCS = "POLE SOLUTIONS COMMUNICANTES SÉCURISÉES (SCS)";

    private InMemoryConventio app;
    private SeedSteps seed;
    private final List<PageRequest> pagesAsked = new ArrayList<>();
    private final List<AgreementSearch> searches = new ArrayList<>();

    /** The real search use case, recording what the grid asks for. */
    private final SearchAgreementsUseCase recordingSearch = new SearchAgreementsUseCase() {
        @Override
        public Page<AgreementSummary> search(AgreementSearch search, PageRequest page) {
            pagesAsked.add(page);
            searches.add(search);
            return app.searchAgreements.search(search, page);
        }

        @Override
        public long count(AgreementSearch search) {
            return app.searchAgreements.count(search);
        }
    };

    @BeforeEach
    void setUp() {
        app = new InMemoryConventio(LocalDate.of(2020, 1, 6));
        seed = new SeedSteps(app).setUpParties();
        UiTesting.setUpFrenchUi();
    }

    @AfterEach
    void tearDown() {
        UiTesting.tearDown();
    }

    private AgreementListView open(String role) {
        AgreementListView view = new AgreementListView(recordingSearch, app.exportAgreements, app.searchAssociations, app.getFunderSettings,
                new CurrentStaff("agent", Set.of(role)));
        UI.getCurrent().add(view);
        return view;
    }

    /** The seed agreement, approved, and a 30 000 € draft of 2021 on CT1 only ("tiers-lieu"). */
    private void twoAgreements() {
        seed.createDraft();
        seed.approve();
        AgreementTerms s = seed.seedTerms();
        app.createDraftAgreement.create(new CreateDraftAgreementCommand(new AgreementTerms(AgreementReference.of("ECO-2021-TL"),
                s.associationId(), s.signatory(), null, BudgetYear.of(2021),
                AgreementObject.of("Animation d'un tiers-lieu numérique ouvert aux PME"), s.programme(), s.forecastBudget(),
                Subsidy.onSingleLine(seed.ct1(), Amount.of(30_000)), s.paymentTerms())));
    }

    @SuppressWarnings("unchecked")
    private static Grid<AgreementSummary> grid(AgreementListView view) {
        return _get(view, Grid.class);
    }

    private static String count(AgreementListView view) {
        return _get(view, Span.class, spec -> spec.withId("agreements-count")).getText();
    }

    private static List<String> references(AgreementListView view) {
        Grid<AgreementSummary> grid = grid(view);
        return GridKt._fetch(grid, 0, 50).stream().map(AgreementSummary::reference).toList();
    }

    @Test
    void d2_the_stage_filter_offers_every_stage_in_french_and_filters_by_stage() {
        twoAgreements();
        AgreementListView view = open(Roles.INSTRUCTEUR);

        assertThat(view.stage.getListDataView().getItems().map(view.stage.getItemLabelGenerator()::apply).toList()).containsExactly(
                "Brouillon", "Approuvée", "Signée", "Suspendue", "Liquidée", "Solde versé", "Clôturée", "Résiliée");
        ComboBoxKt.selectByLabel(view.stage, "Solde versé");
        assertThat(count(view)).isEqualTo("0 convention(s)");
        assertThat(references(view)).isEmpty();
        assertThat(searches.getLast().stage()).isEqualTo(AgreementStage.BALANCE_PAID);
        ComboBoxKt.selectByLabel(view.stage, "Brouillon");
        assertThat(references(view)).containsExactly("ECO-2021-TL");
    }

    @Test
    void lists_the_seed_agreement_with_amount_and_share_in_french_format() {
        seed.createDraft();
        AgreementListView view = open(Roles.LECTURE);

        Grid<AgreementSummary> grid = grid(view);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        List<String> row = GridKt._getFormattedRow(grid, 0);
        assertThat(row.getFirst()).contains("text='ECO-2020-SCS'");
        assertThat(row.subList(1, row.size() - 1)).containsExactly(SCS, "2020", "80" + NBSP + "000,00" + NBSP + "€", "7,69" + NBSP + "%");
        assertThat(row.getLast()).as("the stage, as a badge").contains("text='Brouillon'");
        assertThat(count(view)).isEqualTo("1 convention(s)");
    }

    @Test
    void filters_by_year_stage_text_association_and_budget_line_change_the_count_and_the_rows() {
        twoAgreements();
        AgreementListView view = open(Roles.INSTRUCTEUR);
        assertThat(count(view)).isEqualTo("2 convention(s)");
        assertThat(references(view)).containsExactly("ECO-2020-SCS", "ECO-2021-TL");

        _setValue(view.year, 2021);
        assertThat(count(view)).isEqualTo("1 convention(s)");
        assertThat(references(view)).containsExactly("ECO-2021-TL");

        _click(view.reset);
        ComboBoxKt.selectByLabel(view.stage, "Approuvée");
        assertThat(count(view)).isEqualTo("1 convention(s)");
        assertThat(references(view)).containsExactly("ECO-2020-SCS");
        assertThat(searches.getLast().stage()).isEqualTo(AgreementStage.APPROVED);

        _click(view.reset);
        _setValue(view.text, "tiers-lieu");
        assertThat(count(view)).isEqualTo("1 convention(s)");
        assertThat(references(view)).containsExactly("ECO-2021-TL");

        _setValue(view.text, "aucune convention ne contient ceci");
        assertThat(count(view)).isEqualTo("0 convention(s)");
        assertThat(references(view)).isEmpty();

        _click(view.reset);
        assertThat(view.text.getValue()).isEmpty();
        ComboBoxKt.selectByLabel(view.budgetLine, "CT2 — Territoire du Pays d'Aix");
        assertThat(references(view)).containsExactly("ECO-2020-SCS");

        _click(view.reset);
        ComboBoxKt.setUserInput(view.association, "scs");
        assertThat(ComboBoxKt.getSuggestions(view.association)).containsExactly(SCS);
        ComboBoxKt.selectByLabel(view.association, SCS);
        assertThat(count(view)).isEqualTo("2 convention(s)");
        assertThat(searches.getLast().associationId()).isEqualTo(seed.associationId());
    }

    @Test
    void filters_and_sort_go_to_the_address_and_an_address_gives_back_the_same_list() {
        twoAgreements();
        AgreementListView view = open(Roles.INSTRUCTEUR);
        assertThat(view.urlParameters()).as("the default list needs no parameter").isEmpty();

        _setValue(view.year, 2020);
        ComboBoxKt.selectByLabel(view.stage, "Approuvée");
        ComboBoxKt.selectByLabel(view.budgetLine, "CT2 — Territoire du Pays d'Aix");
        ComboBoxKt.setUserInput(view.association, "scs");
        ComboBoxKt.selectByLabel(view.association, SCS);
        _setValue(view.text, "salon");
        GridKt._sortByKey(grid(view), SearchAgreementsUseCase.SORT_SUBSIDY, SortDirection.DESCENDING);
        Map<String, String> address = view.urlParameters();
        assertThat(address).containsExactly(Map.entry("exercice", "2020"), Map.entry("etape", "approved"),
                Map.entry("association", seed.associationId().toString()), Map.entry("ligne", seed.paysAix().toString()),
                Map.entry("recherche", "salon"), Map.entry("tri", "subsidy"), Map.entry("ordre", "desc"));
        List<String> shown = references(view);

        UI.getCurrent().removeAll();
        AgreementListView reopened = open(Roles.LECTURE);
        reopened.restore(address);

        assertThat(reopened.year.getValue()).isEqualTo(2020);
        assertThat(reopened.stage.getValue()).isEqualTo(AgreementStage.APPROVED);
        assertThat(reopened.association.getValue().id()).isEqualTo(seed.associationId());
        assertThat(reopened.budgetLine.getValue().code()).isEqualTo("CT2");
        assertThat(reopened.text.getValue()).isEqualTo("salon");
        assertThat(references(reopened)).isEqualTo(shown);
        assertThat(pagesAsked.getLast().sortBy()).isEqualTo(SearchAgreementsUseCase.SORT_SUBSIDY);
        assertThat(pagesAsked.getLast().ascending()).isFalse();
        assertThat(reopened.urlParameters()).isEqualTo(address);
    }

    @Test
    void an_address_with_values_it_cannot_read_shows_the_list_without_them() {
        twoAgreements();
        AgreementListView view = open(Roles.LECTURE);

        view.restore(Map.of("exercice", "deux-mille", "etape", "inconnue", "association", "pas-un-id", "ligne", "x",
                "tri", "colonne", "recherche", "tiers-lieu"));

        assertThat(view.year.getValue()).isNull();
        assertThat(view.stage.getValue()).isNull();
        assertThat(view.association.getValue()).isNull();
        assertThat(references(view)).containsExactly("ECO-2021-TL");
        assertThat(view.urlParameters()).containsExactly(Map.entry("recherche", "tiers-lieu"));
    }

    @Test
    void sorting_a_column_asks_the_use_case_for_that_key_and_direction() {
        twoAgreements();
        AgreementListView view = open(Roles.LECTURE);
        assertThat(references(view)).containsExactly("ECO-2020-SCS", "ECO-2021-TL");
        assertThat(pagesAsked.getLast().sortBy()).isEqualTo(SearchAgreementsUseCase.SORT_REFERENCE);

        GridKt._sortByKey(grid(view), SearchAgreementsUseCase.SORT_SUBSIDY, SortDirection.ASCENDING);
        assertThat(references(view)).containsExactly("ECO-2021-TL", "ECO-2020-SCS");
        assertThat(pagesAsked.getLast().sortBy()).isEqualTo("subsidy");
        assertThat(pagesAsked.getLast().ascending()).isTrue();

        GridKt._sortByKey(grid(view), SearchAgreementsUseCase.SORT_YEAR, SortDirection.DESCENDING);
        assertThat(references(view)).containsExactly("ECO-2021-TL", "ECO-2020-SCS");
        assertThat(pagesAsked.getLast().sortBy()).isEqualTo("budgetYear");
        assertThat(pagesAsked.getLast().ascending()).isFalse();

        for (String key : List.of(SearchAgreementsUseCase.SORT_ASSOCIATION, SearchAgreementsUseCase.SORT_STATUS)) {
            GridKt._sortByKey(grid(view), key, SortDirection.ASCENDING);
            references(view);
            assertThat(pagesAsked.getLast().sortBy()).isEqualTo(key);
        }
    }

    @Test
    void the_csv_export_holds_the_filtered_list_in_french_format_under_a_dated_name() throws Exception {
        twoAgreements();
        AgreementListView view = open(Roles.LECTURE);

        Download all = download(view);
        assertThat(all.fileName).isEqualTo("conventions-2020-01-06.csv");
        assertThat(all.csv).contains("ECO-2020-SCS;" + SCS + ";2020;80 000,00;7,69;Approuvée")
                .contains("ECO-2021-TL;");

        _setValue(view.year, 2021);
        Download filtered = download(view);
        assertThat(filtered.csv).contains("ECO-2021-TL;").doesNotContain("ECO-2020-SCS");
    }

    @Test
    void new_agreement_is_offered_only_to_those_who_may_draft_and_opens_the_wizard() {
        assertThat(open(Roles.LECTURE).newAgreement.isVisible()).isFalse();
        assertThat(open(Roles.FINANCES).newAgreement.isVisible()).isFalse();
        AgreementListView instructeur = open(Roles.INSTRUCTEUR);
        assertThat(instructeur.newAgreement.isVisible()).isTrue();

        _click(instructeur.newAgreement);
        assertThat(currentPath()).isEqualTo("conventions/nouvelle");
    }

    @Test
    void a_row_click_opens_the_agreement_page() {
        seed.createDraft();
        AgreementListView view = open(Roles.LECTURE);

        GridKt._clickItem(grid(view), 0, 1, false, false, false, false);

        assertThat(currentPath()).isEqualTo("conventions/" + seed.agreementId());
    }

    @Test
    void the_reference_is_a_link_to_the_agreement_page_for_keyboard_users() {
        seed.createDraft();
        AgreementListView view = open(Roles.LECTURE);
        Grid<AgreementSummary> grid = grid(view);

        @SuppressWarnings("unchecked")
        ComponentRenderer<Anchor, AgreementSummary> renderer = (ComponentRenderer<Anchor, AgreementSummary>)
                grid.getColumnByKey(SearchAgreementsUseCase.SORT_REFERENCE).getRenderer();
        Anchor link = renderer.createComponent(GridKt._get(grid, 0));

        assertThat(link.getText()).isEqualTo("ECO-2020-SCS");
        assertThat(link.getHref()).isEqualTo("conventions/" + seed.agreementId());
    }

    private record Download(String fileName, String csv) {
    }

    /** Runs the export link's download handler as a browser request would. */
    private static Download download(AgreementListView view) throws Exception {
        DownloadEvent event = mock(DownloadEvent.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        when(event.getOutputStream()).thenReturn(out);
        DownloadHandler handler = view.csvDownload();
        handler.handleDownloadRequest(event);
        org.mockito.ArgumentCaptor<String> name = org.mockito.ArgumentCaptor.forClass(String.class);
        verify(event).setFileName(name.capture());
        verify(event).setContentType("text/csv; charset=UTF-8");
        return new Download(name.getValue(), out.toString(StandardCharsets.UTF_8));
    }
}
