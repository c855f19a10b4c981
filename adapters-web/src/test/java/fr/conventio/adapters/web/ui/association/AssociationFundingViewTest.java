package fr.conventio.adapters.web.ui.association;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.adapters.web.ui.StaffUi;
import fr.conventio.application.drafting.AgreementTerms;
import fr.conventio.application.drafting.CreateDraftAgreementCommand;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.lifecycle.ApproveAgreementCommand;
import fr.conventio.application.lifecycle.SignAgreementCommand;
import fr.conventio.application.security.Roles;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.agreement.ForecastBudget;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

/** « Financements par exercice » on the association page: per year, the funder's agreements, its total, the other funders by kind. */
class AssociationFundingViewTest {

    private static final String NBSP = "\u00A0";

    private final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 1, 6));
    private final SeedSteps seed = new SeedSteps(app);

    @AfterEach
    void tearDown() {
        StaffUi.stop();
    }

    private static String euros(String figure) {
        return figure.replace(" ", NBSP) + NBSP + "€";
    }

    private AgreementId signedOther(String reference, long euros) {
        AgreementTerms t = seed.seedTerms();
        AgreementId id = app.createDraftAgreement.create(new CreateDraftAgreementCommand(new AgreementTerms(AgreementReference.of(reference),
                t.associationId(), t.signatory(), null, t.budgetYear(), t.object(), t.programme(),
                ForecastBudget.ofEligibleExpenses(Amount.of(100_000)), Subsidy.onSingleLine(seed.ct1(), Amount.of(euros)), null))).agreementId();
        app.as(SeedSteps.MANAGER, () -> app.approveAgreement.approve(new ApproveAgreementCommand(id,
                app.agreements.findById(id).orElseThrow().version(), AgreementFixtures.seedDeliberation())));
        app.signAgreement.sign(new SignAgreementCommand(id, app.agreements.findById(id).orElseThrow().version(), AgreementFixtures.SIGNATURE_DATE));
        return id;
    }

    private AssociationView open() {
        StaffUi.start(app, "lecture.test", Roles.LECTURE);
        UI.getCurrent().navigate(AssociationView.class, new RouteParameters(AssociationView.ID, seed.associationId().toString()));
        return _get(AssociationView.class);
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(AssociationView page, String id) {
        return (Grid<T>) page.funding.getChildren().filter(c -> c.getId().orElse("").equals(id)).findFirst().orElseThrow();
    }

    private static String text(AssociationView page, String id) {
        return page.funding.getChildren().filter(c -> c.getId().orElse("").equals(id)).findFirst().orElseThrow().getElement().getTextRecursively();
    }

    @Test
    void o4_two_agreements_in_one_year_show_with_the_funders_total_and_the_other_funders_by_kind() {
        seed.signed();
        AgreementId second = signedOther("ECO-2020-BIS", 15_000);

        AssociationView page = open();

        assertThat(text(page, "association-funding-2020")).isEqualTo("Exercice 2020");
        Grid<?> agreements = grid(page, "association-funding-agreements-2020");
        assertThat(StaffUi.rows(agreements)).containsExactly(
                List.of("ECO-2020-BIS", euros("15 000,00"), euros("15 000,00")),
                List.of("ECO-2020-SCS", euros("80 000,00"), euros("80 000,00")));
        assertThat(GridKt._getFormattedRow(agreements, 0).getFirst()).contains("href='conventions/" + second + "'");
        assertThat(text(page, "association-funding-total-2020")).isEqualTo("Total accordé par la collectivité : " + euros("95 000,00"));
        assertThat(StaffUi.rows(grid(page, "association-funding-others-2020"))).containsExactly(
                List.of("Région", euros("250 000,00")),
                List.of("État", euros("150 000,00")),
                List.of("Union européenne", euros("120 000,00")),
                List.of("Autre collectivité territoriale", euros("20 000,00")),
                List.of("Total des autres financeurs", euros("540 000,00")));
    }

    @Test
    void an_association_with_nothing_signed_says_so() {
        seed.setUpParties();
        seed.createDraft();

        AssociationView page = open();

        assertThat(page.funding.getChildren().map(c -> ((Paragraph) c).getText()).toList())
                .containsExactly("Aucune convention signée : rien n'est encore accordé à cette association.");
    }
}
