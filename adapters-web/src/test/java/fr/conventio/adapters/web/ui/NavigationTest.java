package fr.conventio.adapters.web.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import fr.conventio.adapters.web.ui.admin.AdministrationView;
import fr.conventio.adapters.web.ui.dashboard.DashboardView;
import fr.conventio.adapters.web.ui.error.AccessDeniedView;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The side navigation and the route access control, with Vaadin Spring's navigation access control
 * installed as in the application (see {@link StaffUi}).
 */
class NavigationTest {

    private final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 1, 6));

    @AfterEach
    void tearDown() {
        StaffUi.stop();
    }

    private static List<String> navEntries() {
        return _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void every_role_but_administrator_sees_the_dashboard_agreements_and_associations_and_who_changes_something_their_calendar() {
        for (String role : List.of(Roles.INSTRUCTEUR, Roles.RESPONSABLE, Roles.FINANCES)) {
            StaffUi.start(app, "agent.test", role);
            UI.getCurrent().navigate(DashboardView.class);
            assertThat(navEntries()).as(role).containsExactly("Tableau de bord", "Conventions", "Associations", "Mon agenda");
            StaffUi.stop();
        }
        StaffUi.start(app, "lecture.test", Roles.LECTURE);
        UI.getCurrent().navigate(DashboardView.class);
        assertThat(navEntries()).as("a read-only account keeps no calendar token").containsExactly("Tableau de bord", "Conventions", "Associations");
        StaffUi.stop();
    }

    @Test
    void administrators_also_see_administration_and_can_open_it() {
        StaffUi.start(app, "admin.test", Roles.ADMINISTRATEUR);
        UI.getCurrent().navigate(DashboardView.class);
        assertThat(navEntries()).containsExactly("Tableau de bord", "Conventions", "Associations", "Mon agenda", "Administration");
        assertThat(_get(SideNav.class).getItems().getFirst().getPath()).isEqualTo("tableau-de-bord");

        UI.getCurrent().navigate(AdministrationView.class);
        assertThat(_find(AdministrationView.class)).hasSize(1);
    }

    @Test
    void a_reader_cannot_enter_the_administration_route() {
        StaffUi.start(app, "lecture.test", Roles.LECTURE);
        UI.getCurrent().navigate(DashboardView.class);

        UI.getCurrent().navigate(AdministrationView.class);

        assertThat(_find(AdministrationView.class)).isEmpty();
        assertThat(_find(AccessDeniedView.class)).as("the French access-denied page").hasSize(1);
    }

    @Test
    void the_dashboard_is_open_to_every_role() {
        StaffUi.start(app, "finances.test", Roles.FINANCES);
        UI.getCurrent().navigate(DashboardView.class);
        assertThat(_find(DashboardView.class)).hasSize(1);
    }
}
