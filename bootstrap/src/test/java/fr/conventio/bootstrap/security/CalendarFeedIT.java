package fr.conventio.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.ConventioApplication;
import fr.conventio.application.calendar.IssueCalendarTokenCommand;
import fr.conventio.application.calendar.IssueCalendarTokenUseCase;
import fr.conventio.application.calendar.RevokeCalendarTokenCommand;
import fr.conventio.application.calendar.RevokeCalendarTokenUseCase;
import fr.conventio.application.fakes.TestClock;
import fr.conventio.application.lifecycle.ApproveAgreementCommand;
import fr.conventio.application.lifecycle.ApproveAgreementUseCase;
import fr.conventio.application.lifecycle.SignAgreementCommand;
import fr.conventio.application.lifecycle.SignAgreementUseCase;
import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.reading.AgreementSearch;
import fr.conventio.application.reading.SearchAgreementsUseCase;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.application.port.out.ObligationRepository;
import fr.conventio.application.shared.CalendarTokens;
import fr.conventio.application.security.Roles;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.sample.RealAgreement2020;
import fr.conventio.domain.shared.AgreementId;

import org.junit.jupiter.api.BeforeEach;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 11 §3 end to end: the calendar feeds on a real Tomcat, Spring Security and embedded PostgreSQL, with the demo
 * data (ECO-2020-SCS) on 4 January 2021. The token in the address is the only credential: no session, no redirect to
 * the login page; a revoked or unknown token is a bare 404; an event moves in place when its due date changes.
 */
@SpringBootTest(classes = ConventioApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "conventio.security.demo-accounts=true",
        "conventio.demo-data.enabled=true",
        "vaadin.devmode.devTools.enabled=false"})
@Import(CalendarFeedIT.Clocks.class)
class CalendarFeedIT {

    private static final Pattern EVENT = Pattern.compile("BEGIN:VEVENT\r\n(.*?)END:VEVENT\r\n", Pattern.DOTALL);

    @LocalServerPort
    int port;
    @Autowired
    IssueCalendarTokenUseCase issue;
    @Autowired
    RevokeCalendarTokenUseCase revoke;
    @Autowired
    ObligationRepository obligations;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> securityContexts;
    @Autowired
    SearchAgreementsUseCase searchAgreements;
    @Autowired
    AgreementRepository agreements;
    @Autowired
    ApproveAgreementUseCase approve;
    @Autowired
    SignAgreementUseCase sign;

    /** The demo's draft approved and signed (once: the context is shared), so that it has obligations. */
    @BeforeEach
    void signedSeed() {
        as("responsable", Roles.RESPONSABLE, () -> {
            AgreementId id = searchAgreements.search(new AgreementSearch(null, null, null, null, "ECO-2020-SCS"),
                    PageRequest.of(0, 1, SearchAgreementsUseCase.SORT_REFERENCE, true)).content().getFirst().id();
            var agreement = agreements.findById(id).orElseThrow();
            if (agreement.value().signatureDate().isEmpty()) {
                approve.approve(new ApproveAgreementCommand(id, agreement.version(), RealAgreement2020.seedDeliberation()));
                sign.sign(new SignAgreementCommand(id, agreements.findById(id).orElseThrow().version(), RealAgreement2020.SIGNATURE_DATE));
            }
            return id;
        });
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(LocalDate.of(2021, 1, 4));
        }
    }

    @DynamicPropertySource
    static void isolatedData(DynamicPropertyRegistry registry) throws Exception {
        Path data = Files.createTempDirectory("conventio-calendar-");
        registry.add("conventio.database.data-directory", () -> data.resolve("postgres").toString());
        registry.add("conventio.documents.directory", () -> data.resolve("documents").toString());
    }

    private <T> T asInstructeur(Supplier<T> step) {
        return as("instructeur", Roles.INSTRUCTEUR, step);
    }

    private <T> T as(String login, String role, Supplier<T> step) {
        SecurityContextHolderStrategy strategy = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        SecurityContext before = strategy.getContext();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(login, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        strategy.setContext(context);
        try {
            return step.get();
        } finally {
            strategy.setContext(before);
        }
    }

    private String issued() {
        return asInstructeur(() -> issue.issue(new IssueCalendarTokenCommand())).token();
    }

    /** The value of property {@code name} in one unfolded event. */
    private static String property(String event, String name) {
        return event.replace("\r\n ", "").lines().filter(l -> l.startsWith(name + ":") || l.startsWith(name + ";")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1)).orElseThrow(() -> new AssertionError("no " + name + " in " + event));
    }

    private static List<String> events(String ics) {
        Matcher events = EVENT.matcher(ics);
        return events.results().map(m -> m.group(1)).toList();
    }

    private static String event(String ics, String uid) {
        return events(ics).stream().filter(e -> property(e, "UID").equals(uid)).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + uid));
    }

    @Test
    void a_valid_token_opens_the_feed_an_event_moves_in_place_and_a_revoked_token_is_a_404() {
        String token = issued();
        StaffHttpClient calendar = new StaffHttpClient(port);

        HttpResponse<String> first = calendar.get("/calendrier/" + token + ".ics");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar")
                .containsIgnoringCase("charset=utf-8"));
        assertThat(first.headers().allValues("Cache-Control")).singleElement().satisfies(cache -> assertThat(cache).contains("no-store", "private"));
        assertThat(first.headers().firstValue("Set-Cookie")).as("no session for a feed").isEmpty();
        assertThat(first.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("SUMMARY:ECO-2020-SCS — ");
        String obligationEvent = events(first.body()).stream().filter(e -> property(e, "UID").startsWith("obligation-")).findFirst()
                .orElseThrow(() -> new AssertionError("no obligation in\n" + first.body()));
        String uid = property(obligationEvent, "UID");
        LocalDate due = LocalDate.parse(property(obligationEvent, "DTSTART"), DateTimeFormatter.BASIC_ISO_DATE);
        long sequence = Long.parseLong(property(obligationEvent, "SEQUENCE"));

        ObligationId id = new ObligationId(UUID.fromString(uid.substring("obligation-".length(), uid.indexOf('@'))));
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            Versioned<Obligation> stored = obligations.findById(id).orElseThrow();
            stored.value().reschedule(due.plusDays(15));
            obligations.save(stored);
        });

        String moved = event(calendar.get("/calendrier/" + token + ".ics").body(), uid);
        assertThat(property(moved, "DTSTART")).isEqualTo(due.plusDays(15).format(DateTimeFormatter.BASIC_ISO_DATE));
        assertThat(Long.parseLong(property(moved, "SEQUENCE"))).isGreaterThan(sequence);

        String agreementUrl = property(moved, "URL");
        String agreementId = agreementUrl.substring(agreementUrl.lastIndexOf('/') + 1);
        HttpResponse<String> agreementFeed = calendar.get("/calendrier/" + token + "/conventions/" + agreementId + ".ics");
        assertThat(agreementFeed.statusCode()).isEqualTo(200);
        assertThat(event(agreementFeed.body(), uid)).contains("DTSTART;VALUE=DATE:" + due.plusDays(15).format(DateTimeFormatter.BASIC_ISO_DATE));

        assertThat(asInstructeur(() -> revoke.revoke(new RevokeCalendarTokenCommand()))).isTrue();
        HttpResponse<String> revoked = calendar.get("/calendrier/" + token + ".ics");
        assertThat(revoked.statusCode()).isEqualTo(404);
        assertThat(revoked.body()).isEqualTo("Agenda introuvable.\n");
        assertThat(calendar.get("/calendrier/" + token + "/conventions/" + agreementId + ".ics").statusCode()).isEqualTo(404);
    }

    @Test
    void regenerating_closes_the_previous_address_and_an_unknown_or_malformed_token_is_a_404_not_the_login_page() {
        String old = issued();
        String current = issued();
        StaffHttpClient calendar = new StaffHttpClient(port);

        assertThat(calendar.get("/calendrier/" + old + ".ics").statusCode()).isEqualTo(404);
        assertThat(calendar.get("/calendrier/" + current + ".ics").statusCode()).isEqualTo(200);
        for (String path : List.of("/calendrier/" + CalendarTokens.newToken() + ".ics", "/calendrier/abc.ics", "/calendrier/",
                "/calendrier/" + current + "/conventions/" + UUID.randomUUID() + ".ics")) {
            HttpResponse<String> response = calendar.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Location")).as(path).isEmpty();
            assertThat(response.body()).as(path).doesNotContain("instructeur");
        }
    }
}
