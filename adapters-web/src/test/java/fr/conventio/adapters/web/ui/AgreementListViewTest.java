package fr.conventio.adapters.web.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.di.Instantiator;
import fr.conventio.application.port.in.AgreementSearch;
import fr.conventio.application.port.in.AgreementSummary;
import fr.conventio.application.port.in.SearchAgreementsUseCase;
import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.Rate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Browserless test of the agreements list: the grid shows the read model, French formatted. */
class AgreementListViewTest {

    private static final AgreementSummary SCS = new AgreementSummary(AgreementId.newId(), "ECO-2020-SCS",
            "POLE SOLUTIONS COMMUNICANTES SÉCURISÉES (SCS)", 2020, Amount.of("80000"), Rate.ofPercent("7.69"), AgreementStatus.DRAFT);

    private final SearchAgreementsUseCase search = new SearchAgreementsUseCase() {
        @Override
        public Page<AgreementSummary> search(AgreementSearch filter, PageRequest page) {
            return new Page<>(page.page() == 0 ? List.of(SCS) : List.of(), 1, page);
        }

        @Override
        public long count(AgreementSearch filter) {
            return 1;
        }
    };

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes().autoDiscoverViews("fr.conventio.adapters.web.ui"));
        UI.getCurrent().setLocale(Locale.FRANCE);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void lists_the_seed_agreement_with_amount_and_share_in_french_format() {
        AgreementListView view = new AgreementListView(search);
        UI.getCurrent().add(view);

        @SuppressWarnings("unchecked")
        Grid<AgreementSummary> grid = _get(view, Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0))
                .containsExactly("ECO-2020-SCS", "POLE SOLUTIONS COMMUNICANTES SÉCURISÉES (SCS)", "2020",
                        "80\u00A0000,00\u00A0€", "7,69\u00A0%", "Brouillon");
        assertThat(_get(view, Span.class, spec -> spec.withId("agreements-count")).getText()).isEqualTo("1 convention(s)");
    }
}
