package fr.conventio.bootstrap.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The error page of Spring Boot's {@code /error}, for what never reaches a Vaadin view (a missing
 * static file, a request refused before the UI, a failure in a filter): a small French HTML page
 * with the words of the UI's own error pages (the web adapter's message bundle) and a link to the
 * dashboard. It replaces the whitelabel page and shows nothing of the request or the failure: no
 * exception, message, path or stack trace (those stay in the log).
 */
public class FrenchErrorPages implements ErrorViewResolver {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.FRANCE);

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        ModelAndView page = new ModelAndView(new HtmlPage(html(status, request.getContextPath() + "/")));
        page.setStatus(status);
        return page;
    }

    /** The whole page for an error status; {@code home} is where the link back leads. */
    static String html(HttpStatus status, String home) {
        String kind = kind(status);
        String title = text("error." + kind + ".title");
        return """
                <!DOCTYPE html>
                <html lang="fr">
                <head>
                <meta charset="UTF-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s — Conventio</title>
                </head>
                <body>
                <main>
                <h1>%s</h1>
                <p>%s</p>
                <p><a href="%s">%s</a></p>
                </main>
                </body>
                </html>
                """.formatted(title, title, text("error." + kind + ".text"), escape(home), text("error.back"));
    }

    /**
     * Which words: "not found", "request refused" for any other client error (a 403 here is a refused request,
     * e.g. a stale CSRF token: pages a role may not open are refused by the UI's own access-denied page),
     * "unexpected error" for a server error.
     */
    private static String kind(HttpStatus status) {
        if (status == HttpStatus.NOT_FOUND) {
            return "notFound";
        }
        return status.is4xxClientError() ? "refused" : "unexpected";
    }

    private static String text(String key) {
        return escape(TEXTS.getString(key));
    }

    /** HTML's special characters only (the page is UTF-8: accents stay as they are). */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }

    /** Writes a fixed HTML text, whatever the model. */
    private record HtmlPage(String html) implements View {

        @Override
        public String getContentType() {
            return "text/html;charset=UTF-8";
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType(getContentType());
            response.setLocale(Locale.FRENCH);
            response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
        }
    }
}
