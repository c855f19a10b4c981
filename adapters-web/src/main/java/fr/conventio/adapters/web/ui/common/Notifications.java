package fr.conventio.adapters.web.ui.common;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one way views tell staff that something worked or was refused (French, no stack trace). */
public final class Notifications {

    private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);

    private Notifications() {
    }

    public static void success(String text) {
        Notification notification = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Something staff should notice but that is not an error (e.g. "no agreement is required"). */
    public static void info(String text) {
        Notification notification = Notification.show(text, 6000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_PRIMARY);
    }

    /** A problem staff can fix on the screen (e.g. "correct the highlighted fields"). */
    public static void warning(String text) {
        Notification notification = Notification.show(text, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    /** Shows why the action was refused; logs unexpected errors with their stack trace. */
    public static void error(Throwable error) {
        if (Messages.forStaff(error).isEmpty()) {
            LOG.error("Unexpected error in a view", error);
        }
        Notification notification = Notification.show(Messages.of(error), 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /**
     * Runs a use-case call; on success runs {@code then}, on refusal shows the message and keeps the
     * screen (and what the user typed) as it is. Returns whether it succeeded.
     */
    public static boolean attempt(Runnable action, Runnable then) {
        try {
            action.run();
        } catch (RuntimeException error) {
            error(error);
            return false;
        }
        then.run();
        return true;
    }
}
