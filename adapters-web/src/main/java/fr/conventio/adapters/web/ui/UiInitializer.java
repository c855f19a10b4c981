package fr.conventio.adapters.web.ui;

import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import fr.conventio.adapters.web.ui.common.ConventioErrorHandler;

import java.util.Locale;

/**
 * Every UI is French whatever the browser asks for (the English bundle is for later use), its page
 * says so ({@code <html lang="fr">}), and every session turns unexpected errors into a French notification.
 * A tab whose session has expired (idle timeout) goes to the login page, which says why ({@code ?expired}).
 * Vaadin's page carries the Content-Security-Policy nonce ({@link ContentSecurityPolicyNonce}).
 * Vaadin's own messages are French too ({@code system.*} keys): the connection indicator (connection lost,
 * reconnecting, back online) and the system messages (session expired, internal error, cookies disabled,
 * out of sync).
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
            frenchConnectionIndicator(ui.getUI());
        });
        event.getSource().setSystemMessagesProvider(info -> {
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            messages.setSessionExpiredCaption(system("system.sessionExpired.caption"));
            messages.setSessionExpiredMessage(system("system.sessionExpired.message"));
            messages.setInternalErrorCaption(system("system.internalError.caption"));
            messages.setInternalErrorMessage(system("system.internalError.message"));
            messages.setCookiesDisabledCaption(system("system.cookiesDisabled.caption"));
            messages.setCookiesDisabledMessage(system("system.cookiesDisabled.message"));
            messages.setSyncErrorCaption(system("system.syncError.caption"));
            messages.setSyncErrorMessage(system("system.syncError.message"));
            messages.setSessionExpiredNotificationEnabled(false);
            messages.setSessionExpiredURL((info.getRequest() == null ? "" : info.getRequest().getContextPath()) + SESSION_EXPIRED_PATH);
            return messages;
        });
        event.addIndexHtmlRequestListener(new ContentSecurityPolicyNonce());
    }

    /**
     * The connection indicator's texts: "reconnecting" and "offline" come from the reconnect configuration (Flow's
     * client copies them to the indicator), "online" is set on the indicator itself.
     */
    static void frenchConnectionIndicator(UI ui) {
        ReconnectDialogConfiguration reconnect = ui.getReconnectDialogConfiguration();
        reconnect.setDialogText(ui.getTranslation("system.connection.reconnecting"));
        reconnect.setDialogTextGaveUp(ui.getTranslation("system.connection.lost"));
        ui.getElement().executeJs("const indicator = window.Vaadin && window.Vaadin.connectionIndicator;"
                + " if (indicator) { indicator.onlineText = $0; indicator.offlineText = $1; indicator.reconnectingText = $2; }",
                ui.getTranslation("system.connection.online"), ui.getTranslation("system.connection.lost"),
                ui.getTranslation("system.connection.reconnecting"));
    }

    /** A French system message from the bundles (the provider is asked outside any UI). */
    private static String system(String key) {
        I18NProvider provider = VaadinService.getCurrent() == null ? null : VaadinService.getCurrent().getInstantiator().getI18NProvider();
        return provider == null ? key : provider.getTranslation(key, Locale.FRANCE);
    }
}
