package fr.conventio.adapters.web.calendar;

import fr.conventio.application.calendar.CalendarFeed;
import fr.conventio.application.calendar.GetCalendarFeedQuery;
import fr.conventio.application.calendar.GetCalendarFeedUseCase;
import fr.conventio.application.security.NotAllowedException;
import fr.conventio.application.shared.InvalidCommandException;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.domain.shared.AgreementId;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET <context>/calendrier/<token>.ics}: the deadlines of the portfolio as an iCalendar feed, and
 * {@code GET <context>/calendrier/<token>/conventions/<agreement id>.ics}: those of one agreement, through
 * {@link GetCalendarFeedUseCase}. The token is the credential (bootstrap signs the request in as its owner, without a
 * session); anything wrong with it — unknown, revoked, malformed, an unknown agreement — is the same bare 404, with
 * no hint. The feed is {@code text/calendar; charset=utf-8}, {@code Cache-Control: private, no-store}: a proxy keeps
 * no copy of it. The token never goes to the log.
 */
public final class CalendarFeedServlet extends HttpServlet {

    /** Where the servlet is mapped (relative to the application's context path). */
    public static final String MAPPING = "/calendrier/*";
    /** The feeds' addresses, relative to the application's root. */
    public static final String LINK_PREFIX = "calendrier/";
    static final String CONTENT_TYPE = "text/calendar; charset=utf-8";

    /** A token's characters (base64url); its exact shape is checked by the use case. */
    private static final String TOKEN = "([A-Za-z0-9_-]{1,128})";
    private static final Pattern PORTFOLIO = Pattern.compile("/" + TOKEN + "\\.ics");
    private static final Pattern AGREEMENT = Pattern.compile("/" + TOKEN + "/conventions/([0-9a-fA-F-]{36})\\.ics");
    private static final Logger LOG = LoggerFactory.getLogger(CalendarFeedServlet.class);
    private static final long serialVersionUID = 1L;

    private final transient GetCalendarFeedUseCase feeds;

    public CalendarFeedServlet(GetCalendarFeedUseCase feeds) {
        this.feeds = feeds;
    }

    /** What a feed's address asks for: the token, and the agreement for an agreement's feed ({@code null} for the portfolio). */
    public record Target(String token, AgreementId agreementId) {

        @Override
        public String toString() {
            return "Target[agreementId=" + agreementId + "]";
        }
    }

    /** The portfolio's feed of {@code token}, relative to the application's root. */
    public static String link(String token) {
        return LINK_PREFIX + token + ".ics";
    }

    /** One agreement's feed, read with {@code token}, relative to the application's root. */
    public static String link(String token, AgreementId agreementId) {
        return LINK_PREFIX + token + "/conventions/" + agreementId.value() + ".ics";
    }

    /** What the path below the mapping ({@code /<token>.ics}, {@code /<token>/conventions/<id>.ics}) asks for; empty when it is no feed. */
    public static Optional<Target> target(String pathInfo) {
        if (pathInfo == null) {
            return Optional.empty();
        }
        Matcher portfolio = PORTFOLIO.matcher(pathInfo);
        if (portfolio.matches()) {
            return Optional.of(new Target(portfolio.group(1), null));
        }
        Matcher agreement = AGREEMENT.matcher(pathInfo);
        if (agreement.matches()) {
            try {
                return Optional.of(new Target(agreement.group(1), new AgreementId(UUID.fromString(agreement.group(2)))));
            } catch (IllegalArgumentException notAnId) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Target> target = target(request.getPathInfo());
        if (target.isEmpty()) {
            notFound(response);
            return;
        }
        CalendarFeed feed;
        try {
            feed = feeds.feed(new GetCalendarFeedQuery(target.get().token(), target.get().agreementId()));
        } catch (NotFoundException | NotAllowedException | InvalidCommandException unknown) {
            notFound(response);
            return;
        } catch (RuntimeException failure) {
            LOG.error("Calendar feed {} failed", target.get(), failure);
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            noStore(response);
            return;
        }
        byte[] body = CalendarFeedRenderer.render(feed, applicationUrl(request)).getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(CONTENT_TYPE);
        response.setContentLength(body.length);
        response.setHeader("Content-Disposition", "inline; filename=\"conventio.ics\"");
        noStore(response);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }

    /** The application's root address as the calendar application reached it ({@code https://host/context/}). */
    static String applicationUrl(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        String origin = url.substring(0, url.length() - request.getRequestURI().length());
        return origin + request.getContextPath() + "/";
    }

    private static void notFound(HttpServletResponse response) throws IOException {
        byte[] body = "Agenda introuvable.\n".getBytes(StandardCharsets.UTF_8);
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain;charset=UTF-8");
        response.setContentLength(body.length);
        noStore(response);
        response.getOutputStream().write(body);
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
