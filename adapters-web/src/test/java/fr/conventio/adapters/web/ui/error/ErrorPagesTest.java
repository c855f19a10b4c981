package fr.conventio.adapters.web.ui.error;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import fr.conventio.adapters.web.testsupport.FailingTestView;
import fr.conventio.adapters.web.ui.LoginView;
import fr.conventio.adapters.web.ui.MainLayout;
import fr.conventio.adapters.web.ui.StaffUi;
import fr.conventio.adapters.web.ui.admin.AdministrationView;
import fr.conventio.adapters.web.ui.dashboard.DashboardView;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error pages through the real router and Vaadin Spring's access control (see {@link StaffUi}):
 * French, inside the layout, a way back to the dashboard, and nothing of the internals (no exception
 * message, no class name, no route list).
 */
class ErrorPagesTest {

    private final InMemoryConventio app = new InMemoryConventio(java.time.LocalDate.of(2020, 1, 6));

    @AfterEach
    void tearDown() {
        StaffUi.stop();
    }

    /**
     * Opens an address as the browser does when it is typed or followed from outside. (UI.navigate hands an
     * address without a server route to the client-side router, which the browser then asks the server about:
     * the router's navigation is that second step.)
     */
    private static void openInTheBrowser(String address) {
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(address), NavigationTrigger.CLIENT_SIDE);
    }

    /** Everything the error page itself says, as one text. */
    private static String pageText() {
        return _get(ErrorPage.class).getElement().getTextRecursively();
    }

    private static void assertInsideTheLayoutWithAWayBack() {
        assertThat(_find(MainLayout.class)).as("inside the layout").hasSize(1);
        assertThat(_find(SideNav.class)).as("with the side navigation").hasSize(1);
        RouterLink back = _get(RouterLink.class, spec -> spec.withId("error-back"));
        assertThat(back.getText()).isEqualTo("Retour au tableau de bord");
        assertThat(back.getHref()).isEqualTo("tableau-de-bord");
    }

    private static void assertNoInternals(String text) {
        assertThat(text).doesNotContainIgnoringCase("exception").doesNotContain("fr.conventio", "com.vaadin", "route", "Route")
                .doesNotContain("administration", "conventions/nouvelle", "tableau-de-bord");
    }

    @Test
    void an_unknown_address_shows_the_french_not_found_page_inside_the_layout() {
        StaffUi.start(app, "lecture.test", Roles.LECTURE);

        openInTheBrowser("pas-une-page");

        assertThat(_find(PageNotFoundView.class)).hasSize(1);
        assertThat(_get(H2.class, spec -> spec.withId("error-title")).getText()).isEqualTo("Page introuvable");
        assertThat(pageText()).contains("Aucune page ne correspond à cette adresse").doesNotContain("pas-une-page");
        assertNoInternals(pageText());
        assertInsideTheLayoutWithAWayBack();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Page introuvable — Conventio");
    }

    @Test
    void a_link_to_a_record_that_does_not_exist_says_which_one_in_french() {
        StaffUi.start(app, "instructeur.test", Roles.INSTRUCTEUR);

        UI.getCurrent().navigate("associations/inconnue");

        assertThat(_find(PageNotFoundView.class)).hasSize(1);
        assertThat(_get(ErrorPage.class).detail.isVisible()).isTrue();
        assertThat(_get(ErrorPage.class).detail.getText()).isEqualTo("Association introuvable : inconnue");
        assertInsideTheLayoutWithAWayBack();
    }

    @Test
    void a_reader_opening_the_administration_gets_the_french_access_denied_page() {
        StaffUi.start(app, "lecture.test", Roles.LECTURE);
        UI.getCurrent().navigate(DashboardView.class);

        UI.getCurrent().navigate(AdministrationView.class);

        assertThat(_find(AdministrationView.class)).as("the administration is not shown").isEmpty();
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        assertThat(_get(H2.class, spec -> spec.withId("error-title")).getText()).isEqualTo("Accès refusé");
        assertThat(pageText()).contains("Votre rôle ne permet pas d'ouvrir cette page");
        assertThat(_get(ErrorPage.class).detail.isVisible()).as("Vaadin's reason is not shown").isFalse();
        assertNoInternals(pageText());
        assertInsideTheLayoutWithAWayBack();
    }

    @Test
    void a_page_that_fails_while_opening_shows_the_unexpected_error_page_with_a_reference_and_no_internals() {
        StaffUi.start(app, "finances.test", Roles.FINANCES);
        RouteConfiguration.forSessionScope().setRoute("en-panne", FailingTestView.class, MainLayout.class);

        UI.getCurrent().navigate("en-panne");

        assertThat(_find(UnexpectedErrorView.class)).hasSize(1);
        assertThat(_get(H2.class, spec -> spec.withId("error-title")).getText()).isEqualTo("Erreur inattendue");
        assertThat(pageText()).contains("La page n'a pas pu s'afficher à cause d'une erreur inattendue")
                .doesNotContain(FailingTestView.INTERNALS).doesNotContain("IllegalStateException", "5432");
        assertThat(_get(ErrorPage.class).detail.getText()).matches("Référence à indiquer dans votre signalement : [0-9A-F]{8}");
        assertNoInternals(pageText());
        assertInsideTheLayoutWithAWayBack();
    }

    @Test
    void two_incidents_get_different_references() {
        assertThat(UnexpectedErrorView.newReference()).matches("[0-9A-F]{8}").isNotEqualTo(UnexpectedErrorView.newReference());
    }

    @Test
    void a_visitor_who_is_not_signed_in_is_sent_to_the_login_page_not_shown_an_error_page() {
        StaffUi.startAnonymous(app);

        openInTheBrowser("pas-une-page");

        assertThat(_find(ErrorPage.class)).isEmpty();
        assertThat(_find(MainLayout.class)).as("the staff layout is not shown").isEmpty();
        assertThat(_find(LoginView.class)).hasSize(1);
    }
}
