package fr.conventio.adapters.web.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import fr.conventio.adapters.web.ui.common.ConventioErrorHandler;

import java.util.Locale;

/**
 * Every UI is French whatever the browser asks for (the English bundle is for later use), its page
 * says so ({@code <html lang="fr">}), and every session turns unexpected errors into a French notification.
 * A tab whose session has expired (idle timeout) goes to the login page, which says why ({@code ?expired}).
 * Vaadin's page carries the Content-Security-Policy nonce ({@link ContentSecurityPolicyNonce}).
 */
public class UiInitializer implements VaadinServiceInitListener {

    /** Where a tab goes once its session has expired, below the context path. */
    static final String SESSION_EXPIRED_PATH = "/login?expired";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(new ConventioErrorHandler()));
        // the page is French from its first byte (the production bundle's index.html says lang="en")
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html").attr("lang", "fr"));
        event.getSource().addUIInitListener(ui -> {
            ui.getUI().setLocale(Locale.FRANCE);
            ui.getUI().getElement().executeJs("document.documentElement.lang = 'fr'");
        });
        event.getSource().setSystemMessagesProvider(info -> {
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            messages.setSessionExpiredNotificationEnabled(false);
            messages.setSessionExpiredURL((info.getRequest() == null ? "" : info.getRequest().getContextPath()) + SESSION_EXPIRED_PATH);
            return messages;
        });
        event.addIndexHtmlRequestListener(new ContentSecurityPolicyNonce());
    }
}
