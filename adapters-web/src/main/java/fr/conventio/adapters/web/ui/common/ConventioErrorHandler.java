package fr.conventio.adapters.web.ui.common;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;

/** Last line of defence: any error escaping a view becomes a French notification, never a stack trace. */
public class ConventioErrorHandler implements ErrorHandler {

    @Override
    public void error(ErrorEvent event) {
        Notifications.error(event.getThrowable());
    }
}
