package fr.conventio.adapters.web.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import fr.conventio.adapters.web.ui.common.ConventioErrorHandler;

import java.util.Locale;

/**
 * Every UI is French whatever the browser asks for (the English bundle is for later use), its page
 * says so ({@code <html lang="fr">}), and every session turns unexpected errors into a French notification.
 */
public class UiInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(new ConventioErrorHandler()));
        // the page is French from its first byte (the production bundle's index.html says lang="en")
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html").attr("lang", "fr"));
        event.getSource().addUIInitListener(ui -> {
            ui.getUI().setLocale(Locale.FRANCE);
            ui.getUI().getElement().executeJs("document.documentElement.lang = 'fr'");
        });
    }
}
