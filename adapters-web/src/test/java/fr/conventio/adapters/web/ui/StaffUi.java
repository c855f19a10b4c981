package fr.conventio.adapters.web.ui;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.NavigationEvent;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.MenuAccessControl;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import fr.conventio.application.fakes.InMemoryConventio;
import kotlin.jvm.functions.Function1;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Browserless staff UI for Karibu tests: every route of the web adapter, the views built with the use
 * cases of an {@link InMemoryConventio} (whole application on in-memory fakes) as Spring would inject
 * them, a logged-in member of staff in Spring Security's context, and Vaadin Spring's own navigation
 * access control ({@link SpringNavigationAccessControl} with the annotation checker) on the UI, the
 * request answering the user and roles like Spring Security's request wrapper does.
 */
public final class StaffUi {

    private static Function1<FakeHttpSession, FakeRequest> defaultRequests;

    private StaffUi() {
    }

    /** Logs {@code username} in with the given roles (without the ROLE_ prefix) and opens a UI (on the default route). */
    public static void start(InMemoryConventio app, String username, String... roles) {
        open(app, login(username, roles));
    }

    /** Opens a UI (on the default route) for a visitor who is not logged in. */
    public static void startAnonymous(InMemoryConventio app) {
        SecurityContextHolder.clearContext();
        open(app, null);
    }

    private static void open(InMemoryConventio app, Authentication authentication) {
        defaultRequests = MockVaadin.getMockRequestFactory();
        Function1<FakeHttpSession, FakeRequest> base = defaultRequests;
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = base.invoke(session);
            if (authentication == null) {
                return request;
            }
            request.setUserPrincipalInt(authentication);
            request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority).anyMatch(("ROLE_" + role)::equals));
            return request;
        });
        MockVaadin.setup(StaffUi::newUi, new AppServlet(new Routes().autoDiscoverViews("fr.conventio.adapters.web.ui"), app));
        UI.getCurrent().setLocale(Locale.FRANCE);
    }

    /**
     * What a notification says: its text, or, when it holds components (a refusal with its « Détails »), the text of
     * its message ({@link fr.conventio.adapters.web.ui.common.Notifications#MESSAGE_CLASS}).
     */
    public static String notificationText(com.vaadin.flow.component.notification.Notification notification) {
        String text = com.github.mvysny.kaributools.NotificationsKt.getText(notification);
        if (!text.isEmpty()) {
            return text;
        }
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(notification, com.vaadin.flow.component.html.Span.class,
                        spec -> spec.withClasses(fr.conventio.adapters.web.ui.common.Notifications.MESSAGE_CLASS)).stream()
                .map(com.vaadin.flow.component.html.Span::getText).findFirst().orElse("");
    }

    public static void stop() {
        MockVaadin.tearDown();
        if (defaultRequests != null) {
            MockVaadin.setMockRequestFactory(defaultRequests);
            defaultRequests = null;
        }
        SecurityContextHolder.clearContext();
    }

    /**
     * The grid's rows as Karibu formats them, component cells reduced to their text
     * ({@code Anchor[text='ECO-2020-SCS', href=...]} gives {@code ECO-2020-SCS}).
     */
    public static List<List<String>> rows(Grid<?> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._getFormattedRow(grid, i).stream()
                .map(cell -> COMPONENT_TEXT.matcher(cell).matches() ? COMPONENT_TEXT.matcher(cell).replaceFirst("$1") : cell)
                .toList()).toList();
    }

    private static final Pattern COMPONENT_TEXT = Pattern.compile("^[A-Za-z]+\\[text='(.*?)'(?:, .*)?]$", Pattern.DOTALL);

    public static Authentication login(String username, String... roles) {
        UserDetails user = User.withUsername(username).password("{noop}x").roles(roles).build();
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return authentication;
    }

    private static UI newUi() {
        return new UI();
    }

    /** As Vaadin Spring installs it on every UI (deny by default, views' annotations decide). */
    private static SpringNavigationAccessControl accessControl() {
        SpringNavigationAccessControl accessControl = new SpringNavigationAccessControl(
                List.of(new AnnotatedViewAccessChecker()), new DefaultAccessCheckDecisionResolver());
        accessControl.setLoginView(LoginView.class);
        return accessControl;
    }

    /** Karibu's servlet, whose service builds the views with the in-memory application. */
    private static final class AppServlet extends MockVaadinServlet {

        private final transient InMemoryConventio app;

        AppServlet(Routes routes, InMemoryConventio app) {
            super(routes, StaffUi::newUi);
            this.app = app;
        }

        @Override
        protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
            InMemoryConventio application = app;
            MockService service = new MockService(this, configuration, getUiFactory()) {
                private Instantiator wired;

                @Override
                public Instantiator getInstantiator() {
                    if (wired == null) {
                        wired = new AppInstantiator(super.getInstantiator(), application);
                    }
                    return wired;
                }
            };
            service.init();
            SpringNavigationAccessControl accessControl = accessControl();
            service.addUIInitListener(event -> event.getUI().addBeforeEnterListener(accessControl));
            getRoutes().register(service.getContext());
            return service;
        }
    }

    /**
     * Builds the web adapter's components by constructor injection from the in-memory application: a
     * use-case parameter gets the {@link InMemoryConventio} field of that port type, {@link Clock} its
     * test clock, {@link AuthenticationContext} Vaadin's (reading Spring Security's context).
     */
    private record AppInstantiator(Instantiator delegate, InMemoryConventio app) implements Instantiator {

        @Override
        public Stream<VaadinServiceInitListener> getServiceInitListeners() {
            return delegate.getServiceInitListeners();
        }

        @Override
        public <T> T getOrCreate(Class<T> type) {
            return wired(type) ? create(type) : delegate.getOrCreate(type);
        }

        @Override
        public <T extends Component> T createComponent(Class<T> type) {
            return wired(type) ? create(type) : delegate.createComponent(type);
        }

        @Override
        public <T extends HasElement> T createRouteTarget(Class<T> routeTargetType, NavigationEvent event) {
            return getOrCreate(routeTargetType);
        }

        @Override
        public I18NProvider getI18NProvider() {
            return delegate.getI18NProvider();
        }

        @Override
        public MenuAccessControl getMenuAccessControl() {
            return delegate.getMenuAccessControl();
        }

        private static boolean wired(Class<?> type) {
            return type.getPackageName().startsWith("fr.conventio.adapters.web.ui")
                    && Arrays.stream(type.getConstructors()).anyMatch(c -> c.getParameterCount() > 0);
        }

        private <T> T create(Class<T> type) {
            Constructor<?> constructor = Arrays.stream(type.getConstructors()).max((a, b) -> a.getParameterCount() - b.getParameterCount())
                    .orElseThrow();
            Object[] arguments = Arrays.stream(constructor.getParameterTypes()).map(this::argument).toArray();
            try {
                return type.cast(constructor.newInstance(arguments));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build " + type.getName(), e.getCause() == null ? e : e.getCause());
            }
        }

        private Object argument(Class<?> parameter) {
            if (parameter == AuthenticationContext.class) {
                return new AuthenticationContext();
            }
            if (parameter == Clock.class) {
                return app.clock;
            }
            for (Field field : InMemoryConventio.class.getFields()) {
                if (field.getType() == parameter && !Modifier.isStatic(field.getModifiers())) {
                    try {
                        return field.get(app);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            throw new IllegalStateException("nothing to inject for " + parameter.getName());
        }
    }
}
