package fr.conventio.adapters.web.ui;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.conventio.adapters.web.ui.error.AccessDeniedView;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.security.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Walks every route of the staff UI (every {@link Route} class under {@code fr.conventio.adapters.web.ui},
 * found by scanning, with its {@link RouteAlias aliases}) for every role and for an anonymous visitor,
 * through Vaadin's router with Vaadin Spring's navigation access control (see {@link StaffUi}): access is
 * granted exactly when the view's annotations allow it, anonymous visitors are sent to the login page
 * otherwise. The important routes' matrix is also written out, so that removing an annotation fails.
 */
class RouteAccessTest {

    private static final String ANONYMOUS = "anonyme";
    private static final String PACKAGE = "fr.conventio.adapters.web.ui";
    private static final Set<String> LOGGED_IN = Set.copyOf(Roles.ALL);
    private static final Set<String> EVERYONE = Stream.concat(Roles.ALL.stream(), Stream.of(ANONYMOUS)).collect(Collectors.toSet());

    /** The expected matrix of the important routes (route template → who may enter). */
    private static final Map<String, Set<String>> EXPECTED = Map.of(
            "administration", Set.of(Roles.ADMINISTRATEUR),
            "conventions/nouvelle", Set.of(Roles.INSTRUCTEUR, Roles.RESPONSABLE),
            "conventions/:id/modifier", Set.of(Roles.INSTRUCTEUR, Roles.RESPONSABLE),
            "conventions/:id", LOGGED_IN,
            "conventions", LOGGED_IN,
            "tableau-de-bord", LOGGED_IN,
            "", LOGGED_IN,
            "associations", LOGGED_IN,
            "associations/:id", LOGGED_IN,
            "login", EVERYONE);

    private final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 1, 6));
    private final SeedSteps seed = new SeedSteps(app);

    @AfterEach
    void tearDown() {
        StaffUi.stop();
    }

    /** A route template of a view, e.g. {@code conventions/:id/modifier} of {@code DraftAgreementView}. */
    private record RouteUnderTest(String template, Class<? extends Component> view) {
    }

    /** The {@link Route} classes of the package, found by scanning the classpath. */
    private static Set<Class<? extends Component>> scannedRouteClasses() {
        return new Routes().autoDiscoverViews(PACKAGE).getRoutes().stream()
                .filter(c -> c.isAnnotationPresent(Route.class) && c.getPackageName().startsWith(PACKAGE))
                .collect(Collectors.toSet());
    }

    /** Every template (route and aliases) of the scanned classes, as the router registered them. */
    private List<RouteUnderTest> routes() {
        Set<Class<? extends Component>> scanned = scannedRouteClasses();
        assertThat(scanned).as("scanned route classes").isNotEmpty();
        StaffUi.startAnonymous(app);
        try {
            List<RouteUnderTest> routes = new ArrayList<>();
            for (RouteData data : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
                if (scanned.contains(data.getNavigationTarget())) {
                    routes.add(new RouteUnderTest(data.getTemplate(), data.getNavigationTarget()));
                    data.getRouteAliases().forEach(alias -> routes.add(new RouteUnderTest(alias.getTemplate(), data.getNavigationTarget())));
                }
            }
            assertThat(routes.stream().map(RouteUnderTest::view).collect(Collectors.toSet()))
                    .as("every scanned @Route class is registered with the router").isEqualTo(scanned);
            routes.sort(Comparator.comparing(RouteUnderTest::template));
            return routes;
        } finally {
            StaffUi.stop();
        }
    }

    /** Who may enter the view according to its annotations, as Vaadin's annotated view access checker reads them. */
    private static Set<String> allowedByAnnotations(Class<?> view) {
        if (view.isAnnotationPresent(DenyAll.class)) {
            return Set.of();
        }
        if (view.isAnnotationPresent(AnonymousAllowed.class)) {
            return EVERYONE;
        }
        if (view.isAnnotationPresent(RolesAllowed.class)) {
            return Set.of(view.getAnnotation(RolesAllowed.class).value());
        }
        if (view.isAnnotationPresent(PermitAll.class)) {
            return LOGGED_IN;
        }
        return Set.of();
    }

    /** The location to navigate to: the seed agreement's / association's id in the parameter. */
    private String location(String template) {
        if (!template.contains(":")) {
            return template;
        }
        if (template.startsWith("conventions/:id")) {
            return template.replace(":id", seed.agreementId().toString());
        }
        if (template.startsWith("associations/:id")) {
            return template.replace(":id", seed.associationId().toString());
        }
        throw new IllegalStateException("no id known for the route parameter of " + template + ": add it to RouteAccessTest.location");
    }

    private static List<String> users() {
        List<String> users = new ArrayList<>(Roles.ALL);
        users.add(ANONYMOUS);
        return users;
    }

    @Test
    void the_important_routes_keep_their_expected_access_annotations() {
        Map<String, Set<String>> actual = new TreeMap<>();
        for (RouteUnderTest route : routes()) {
            actual.put(route.template(), allowedByAnnotations(route.view()));
        }
        Map<String, Set<String>> expected = new TreeMap<>(EXPECTED);
        assertThat(actual).as("route → allowed users, from the views' annotations").containsAllEntriesOf(expected);
    }

    @TestFactory
    Stream<DynamicTest> every_route_for_every_role_and_for_an_anonymous_visitor() {
        seed.setUpParties();
        seed.createDraft();
        List<RouteUnderTest> routes = routes();
        assertThat(routes.stream().map(RouteUnderTest::template)).as("important routes discovered").containsAll(EXPECTED.keySet());
        Map<String, List<DynamicTest>> tests = new LinkedHashMap<>();
        for (RouteUnderTest route : routes) {
            // the written-out matrix for the important routes (so the router itself is checked against it), the annotations otherwise
            Set<String> allowed = EXPECTED.getOrDefault(route.template(), allowedByAnnotations(route.view()));
            for (String user : users()) {
                boolean granted = allowed.contains(user);
                tests.computeIfAbsent(route.template(), t -> new ArrayList<>()).add(DynamicTest.dynamicTest(
                        "/" + route.template() + " as " + user + (granted ? " → granted" : " → refused"),
                        () -> check(route, user, granted)));
            }
        }
        return tests.values().stream().flatMap(List::stream);
    }

    private void check(RouteUnderTest route, String user, boolean granted) {
        if (ANONYMOUS.equals(user)) {
            StaffUi.startAnonymous(app);
        } else {
            StaffUi.start(app, user.toLowerCase() + ".test", user);
        }
        try {
            String location = location(route.template());
            String what = "/" + location + " (" + route.view().getSimpleName() + ") as " + user;
            if (granted) {
                UI.getCurrent().navigate(location);
                assertThat(_find(route.view())).as(what + " shows the view").hasSize(1);
            } else if (ANONYMOUS.equals(user)) {
                UI.getCurrent().navigate(location);
                assertThat(_find(route.view())).as(what + " does not show the view").isEmpty();
                assertThat(_find(LoginView.class)).as(what + " is sent to the login page").hasSize(1);
            } else {
                UI.getCurrent().navigate(location);
                assertThat(_find(route.view())).as(what + " does not show the view").isEmpty();
                assertThat(_find(AccessDeniedView.class)).as(what + " is refused with the access-denied page").hasSize(1);
            }
        } finally {
            StaffUi.stop();
        }
    }
}
