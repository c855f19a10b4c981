package fr.conventio.adapters.web.ui.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.adapters.web.ui.StaffUi;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.security.Roles;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

/** The funder setup checklist on the dashboard: for administrators and managers, until every step is done (P1, B3, B4). */
class FunderSetupPanelTest {

    private InMemoryConventio app;

    @AfterEach
    void tearDown() {
        StaffUi.stop();
    }

    private void open(LocalDate today, String login, String... roles) {
        app = new InMemoryConventio(today);
        new SeedSteps(app).setUpParties(); // the seed funder: lines CT1 and CT2 with 2020 envelopes, budget 2020 adopted
        StaffUi.start(app, login, roles);
        UI.getCurrent().navigate(DashboardView.class);
    }

    private static String step(String id) {
        return _get(ListItem.class, spec -> spec.withId("dashboard-setup-" + id)).getElement().getTextRecursively();
    }

    @Test
    void b4_in_2021_the_administrator_sees_the_envelopes_and_the_budget_to_set_with_the_lines_concerned_and_where_to_do_it() {
        open(LocalDate.of(2021, 1, 4), "admin.test", Roles.ADMINISTRATEUR);

        assertThat(_get(Section.class, spec -> spec.withId("dashboard-setup")).getElement().getTextRecursively())
                .contains("Mise en place du financeur pour 2021", "aucune convention de l'exercice 2021 ne peut être signée");
        assertThat(step("funder-identity")).startsWith("Fait").doesNotContain("Compléter");
        assertThat(step("signatories")).startsWith("Fait");
        assertThat(step("budget-lines")).startsWith("Fait");
        assertThat(step("envelopes")).startsWith("À faire").contains("Enveloppe 2021 de chaque ligne budgétaire",
                "(lignes concernées : CT1, CT2)", "Compléter dans l'administration");
        assertThat(step("budget-adopted")).startsWith("À faire").contains("Budget 2021 adopté", "CT1, CT2");
        assertThat(_find(RouterLink.class, spec -> spec.withText("Compléter dans l'administration"))).hasSize(2)
                .allMatch(link -> link.getHref().equals("administration"));
    }

    @Test
    void a_manager_sees_what_is_left_and_that_an_administrator_does_it_without_a_link_they_could_not_follow() {
        open(LocalDate.of(2021, 1, 4), "marie.responsable", Roles.RESPONSABLE);

        assertThat(step("envelopes")).startsWith("À faire").doesNotContain("Compléter");
        assertThat(_find(RouterLink.class, spec -> spec.withText("Compléter dans l'administration"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("dashboard-setup-who")).getText())
                .isEqualTo("Ces étapes se font dans la page Administration, par un administrateur.");
    }

    @Test
    void b4_the_checklist_disappears_once_everything_is_done_for_the_year() {
        open(LocalDate.of(2020, 3, 1), "admin.test", Roles.ADMINISTRATEUR);

        assertThat(_find(Section.class, spec -> spec.withId("dashboard-setup"))).isEmpty();
    }

    @Test
    void other_roles_do_not_see_it() {
        open(LocalDate.of(2021, 1, 4), "paul.finances", Roles.FINANCES);

        assertThat(_find(Section.class, spec -> spec.withId("dashboard-setup"))).isEmpty();
    }
}
