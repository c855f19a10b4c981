package fr.conventio.adapters.web.ui.calendar;

import fr.conventio.adapters.web.calendar.CalendarFeedServlet;
import fr.conventio.domain.shared.AgreementId;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;

/** The subscription addresses as staff copy them: absolute, on the address the browser reached the application at. */
public final class CalendarAddresses {

    /** Stands for the secret in the address of an agreement's feed (the secret is shown once, in « Mon agenda »). */
    public static final String TOKEN_PLACEHOLDER = "VOTRE-JETON";

    private CalendarAddresses() {
    }

    /** The portfolio's feed of {@code token}. */
    public static String portfolio(String token) {
        return root() + CalendarFeedServlet.link(token);
    }

    /** One agreement's feed, with the placeholder where the member of staff's token goes. */
    public static String agreement(AgreementId agreementId) {
        return root() + CalendarFeedServlet.link(TOKEN_PLACEHOLDER, agreementId);
    }

    /** {@code https://host[:port]/context/} of the current request ("/" alone outside a request, e.g. in unit tests). */
    static String root() {
        if (!(VaadinRequest.getCurrent() instanceof VaadinServletRequest request)) {
            return "/";
        }
        int port = request.getServerPort();
        boolean defaultPort = "http".equals(request.getScheme()) && port == 80 || "https".equals(request.getScheme()) && port == 443;
        return request.getScheme() + "://" + request.getServerName() + (defaultPort || port <= 0 ? "" : ":" + port)
                + request.getContextPath() + "/";
    }
}
