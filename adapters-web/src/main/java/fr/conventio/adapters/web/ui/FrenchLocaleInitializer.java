package fr.conventio.adapters.web.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import java.util.Locale;

/** The staff UI is French whatever the browser asks for; the English bundle is for later use. */
public class FrenchLocaleInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> {
            ui.getUI().setLocale(Locale.FRANCE);
            ui.getUI().getElement().executeJs("document.documentElement.lang = 'fr'");
        });
    }
}
