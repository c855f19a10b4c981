package fr.conventio.bootstrap.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fr.conventio.adapters.web.ui.LoginView;
import fr.conventio.application.port.out.CalendarTokenRepository;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Sign-in, sessions, response headers and access control (see docs/security.md).
 * <ul>
 * <li>Every route is denied unless its view says who may open it (Vaadin's navigation access control, deny
 *     by default); every use case is denied unless {@code UseCasePermissions} grants it to one of the user's
 *     roles ({@code UseCaseProxies}).</li>
 * <li>Users: {@link StaffUsersConfiguration}.</li>
 * <li>Sign-in: form login with its CSRF token (the login POST is not exempted, as Vaadin's default would);
 *     throttled per user name and per client address ({@link SignInThrottle}); every failure, lock-out and
 *     sign-in logged from Spring Security's authentication events ({@link SignInEvents}).</li>
 * <li>Calendar feeds ({@code /calendrier/**}, outside Vaadin): open without a session, the secret token in the
 *     address is the credential ({@link CalendarTokenAuthentication} signs the request in as its owner, for that
 *     request only); the feed's use case is then authorized like any other.</li>
 * <li>Headers on every response, written before the response is produced: Content-Security-Policy with a
 *     nonce, X-Frame-Options DENY, nosniff, Referrer-Policy same-origin, Permissions-Policy, and
 *     {@code Cache-Control: no-store} on everything but the static assets.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(SignInProperties.class)
public class SecurityConfiguration {

    /** Browser features the application never uses, denied to the page and to anything it could embed. */
    static final String PERMISSIONS_POLICY = String.join(", ", "accelerometer=()", "autoplay=()", "camera=()",
            "display-capture=()", "geolocation=()", "gyroscope=()", "magnetometer=()", "microphone=()", "midi=()",
            "payment=()", "publickey-credentials-get=()", "screen-wake-lock=()", "serial=()", "usb=()", "xr-spatial-tracking=()");

    static final String LOGIN_PAGE = "/login";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager, RequestUtil vaadinRequests,
                                            SignInFailureHandler signInFailures, ContentSecurityPolicyHeaderWriter contentSecurityPolicy,
                                            CalendarTokenRepository calendarTokens, UserDetailsService users,
                                            ObjectProvider<SecurityContextHolderStrategy> securityContexts)
            throws Exception {
        http.authenticationManager(authenticationManager);
        // the error dispatch renders the French error page (FrenchErrorPages: no internals), whoever asked
        http.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
        // document downloads (DocumentDownloadServlet, outside Vaadin): any signed-in user; the use case then checks the role
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/documents/**").authenticated());
        // calendar feeds (CalendarFeedServlet, outside Vaadin): the token in the address is the credential, no session;
        // a request whose token opens nothing stays anonymous, and the feed's use case refuses it (404)
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/calendrier/**").permitAll());
        http.addFilterBefore(new CalendarTokenAuthentication(calendarTokens, users,
                () -> securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)), AuthorizationFilter.class);
        // Vaadin's own CSRF set-up exempts the login POST; Vaadin's internal requests carry Vaadin's own token.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false)
                // an address that is no route reaches Vaadin's router (its French 404 inside the layout) for staff,
                // instead of a bare 403; visitors who are not signed in are still sent to the login page
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        // after Vaadin's configurer, so that it sets the login page before the form login initialises
        http.formLogin(form -> form.failureHandler(signInFailures));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.headers(headers -> headers
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        // before the response is produced: Vaadin's page must find the nonce, and sets headers of its own otherwise
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .cacheControl(cache -> cache.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(staticAssets()),
                        new CacheControlHeadersWriter()))
                .frameOptions(frames -> frames.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .addHeaderWriter(contentSecurityPolicy));
        return http.build();
    }

    /**
     * The static assets, which carry no data and may be cached: Vaadin's public resources (theme, styles,
     * icons...) and its front-end bundle. Not {@code /VAADIN/dynamic/**} (downloads) nor {@code /VAADIN/push}.
     */
    static RequestMatcher staticAssets() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(VaadinSecurityConfigurer.getDefaultWebSecurityIgnoreMatcher(),
                paths.matcher("/VAADIN/build/**"), paths.matcher("/VAADIN/static/**"));
    }

    @Bean
    ContentSecurityPolicyHeaderWriter contentSecurityPolicy(Environment environment) {
        return new ContentSecurityPolicyHeaderWriter(environment.getProperty("conventio.security.content-security-policy",
                ContentSecurityPolicyHeaderWriter.DEFAULT_POLICY));
    }

    /** Spring Security publishes the authentication events (success, failure, lock-out) only through this. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
        events.setAdditionalExceptionMappings(Map.of(SignInLockedException.class, AuthenticationFailureLockedEvent.class));
        return events;
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle,
                                                AuthenticationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(new ThrottlingAuthenticationProvider(passwords, throttle));
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    @Bean
    SignInThrottle signInThrottle(SignInProperties limits, Clock clock) {
        return new SignInThrottle(limits, clock);
    }

    @Bean
    SignInEvents signInEvents(SignInThrottle throttle) {
        return new SignInEvents(throttle);
    }

    @Bean
    SignInFailureHandler signInFailureHandler(SignInThrottle throttle, Clock clock) {
        return new SignInFailureHandler(LOGIN_PAGE, throttle, clock);
    }

    @Bean
    SessionIdleTimeout sessionIdleTimeout(@Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        return new SessionIdleTimeout(timeout);
    }

}
