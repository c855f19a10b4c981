package fr.conventio.adapters.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.calendar.CalendarFeed;
import fr.conventio.application.calendar.GetCalendarFeedQuery;
import fr.conventio.application.calendar.GetCalendarFeedUseCase;
import fr.conventio.application.shared.CalendarTokens;
import fr.conventio.application.security.NotAllowedException;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.domain.shared.AgreementId;

import com.github.mvysny.fakeservlet.FakeResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The feeds' addresses, their headers, and the same bare 404 for anything wrong with the token. */
class CalendarFeedServletTest {

    private static final String TOKEN = CalendarTokens.newToken();
    private static final AgreementId AGREEMENT = new AgreementId(UUID.randomUUID());

    private final List<GetCalendarFeedQuery> asked = new ArrayList<>();
    private final GetCalendarFeedUseCase feeds = query -> {
        asked.add(query);
        if (!TOKEN.equals(query.token())) {
            throw new NotFoundException("agenda", "token");
        }
        return new CalendarFeed(Optional.ofNullable(query.agreementId()).map(id -> "ECO-2020-SCS"), Instant.parse("2026-12-02T09:30:15Z"),
                LocalDate.of(2027, 12, 2), List.of());
    };

    private static FakeResponse get(GetCalendarFeedUseCase feeds, String link) {
        String pathInfo = "/" + link.substring(CalendarFeedServlet.LINK_PREFIX.length());
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(CalendarFeedServletTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "getPathInfo" -> pathInfo;
                    case "getMethod" -> "GET";
                    case "getContextPath" -> "/app";
                    case "getRequestURI" -> "/app/" + link;
                    case "getRequestURL" -> new StringBuffer("https://conventio.example.fr/app/" + link);
                    case "toString" -> "GET " + link;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        FakeResponse response = new FakeResponse();
        try {
            new CalendarFeedServlet(feeds).doGet(request, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return response;
    }

    private static String body(FakeResponse response) {
        return new String(response.getBuffer().toByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void the_portfolio_feed_is_text_calendar_in_utf8_that_no_proxy_keeps() {
        FakeResponse response = get(feeds, CalendarFeedServlet.link(TOKEN));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("text/calendar; charset=utf-8");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("private, no-store");
        assertThat(body(response)).startsWith("BEGIN:VCALENDAR\r\n").contains("X-WR-CALNAME:Conventio — échéances\r\n");
        assertThat(asked).singleElement().satisfies(q -> {
            assertThat(q.token()).isEqualTo(TOKEN);
            assertThat(q.agreementId()).isNull();
        });
    }

    @Test
    void an_agreement_feed_asks_for_the_agreement_with_the_token() {
        FakeResponse response = get(feeds, CalendarFeedServlet.link(TOKEN, AGREEMENT));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(body(response)).contains("X-WR-CALNAME:Conventio — ECO-2020-SCS\r\n");
        assertThat(asked).singleElement().satisfies(q -> assertThat(q.agreementId()).isEqualTo(AGREEMENT));
    }

    @Test
    void an_unknown_token_a_malformed_address_or_a_refusal_is_the_same_bare_404() {
        GetCalendarFeedUseCase refusing = query -> {
            throw new NotAllowedException("GetCalendarFeedUseCase", "systeme");
        };
        List<FakeResponse> responses = List.of(
                get(feeds, CalendarFeedServlet.link(CalendarTokens.newToken())),
                get(feeds, "calendrier/" + TOKEN),
                get(feeds, "calendrier/abc.ics"),
                get(feeds, "calendrier/" + TOKEN + "/conventions/pas-un-id.ics"),
                get(feeds, "calendrier/" + TOKEN + "/conventions/" + AGREEMENT.value()),
                get(refusing, CalendarFeedServlet.link(TOKEN)));

        assertThat(responses).allSatisfy(response -> {
            assertThat(response.getStatus()).isEqualTo(404);
            assertThat(body(response)).isEqualTo("Agenda introuvable.\n");
            assertThat(response.getHeader("Cache-Control")).isEqualTo("private, no-store");
        });
    }

    @Test
    void the_address_gives_the_token_and_the_agreement() {
        assertThat(CalendarFeedServlet.target("/" + TOKEN + ".ics")).contains(new CalendarFeedServlet.Target(TOKEN, null));
        assertThat(CalendarFeedServlet.target("/" + TOKEN + "/conventions/" + AGREEMENT.value() + ".ics"))
                .contains(new CalendarFeedServlet.Target(TOKEN, AGREEMENT));
        assertThat(CalendarFeedServlet.target(null)).isEmpty();
        assertThat(CalendarFeedServlet.target("/" + TOKEN + ".ics/x")).isEmpty();
        assertThat(CalendarFeedServlet.target("/" + TOKEN + "/conventions/" + AGREEMENT.value() + ".ics").orElseThrow().toString())
                .doesNotContain(TOKEN);
    }
}
