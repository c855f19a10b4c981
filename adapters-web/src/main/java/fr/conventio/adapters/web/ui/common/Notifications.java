package fr.conventio.adapters.web.ui.common;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import fr.conventio.application.shared.ConcurrentUpdateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

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
        } else {
            Messages.ruleId(error).ifPresent(rule -> LOG.info("Refused by rule {}: {}", rule, Messages.of(error)));
        }
        Optional<com.vaadin.flow.component.details.Details> details = RefusalDetails.of(error);
        if (details.isEmpty()) {
            Notification notification = Notification.show(Messages.of(error), 8000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        // a rule refused: the French message, the rule id only in a collapsed « Détails »; stays until closed (it may be read)
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(Notification.Position.MIDDLE);
        notification.setDuration(0);
        Span text = new Span(Messages.of(error));
        text.addClassName(MESSAGE_CLASS);
        Button close = new Button(notification.getTranslation("refusal.close"), click -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        com.vaadin.flow.component.orderedlayout.VerticalLayout layout =
                new com.vaadin.flow.component.orderedlayout.VerticalLayout(text, details.get(), close);
        layout.setPadding(false);
        layout.setSpacing(false);
        notification.add(layout);
        notification.open();
    }

    /** The class of a notification's message when the notification holds more than its text (a refusal's « Détails »). */
    public static final String MESSAGE_CLASS = "notification-message";

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

    /**
     * Like {@link #attempt}, but when another member of staff saved the same record first
     * ({@link ConcurrentUpdateException}) shows its message with a "Recharger" button that runs {@code reload};
     * the form stays as typed until the user chooses to reload.
     */
    public static boolean attemptWithReload(Runnable action, Runnable then, Runnable reload) {
        try {
            action.run();
        } catch (RuntimeException error) {
            Optional<ConcurrentUpdateException> stale = Messages.staleRecord(error);
            if (stale.isPresent()) {
                showStale(stale.get(), reload);
            } else {
                error(error);
            }
            return false;
        }
        then.run();
        return true;
    }

    private static void showStale(ConcurrentUpdateException stale, Runnable reload) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notification.setPosition(Notification.Position.MIDDLE);
        notification.setDuration(0);
        Span text = new Span(Messages.of(stale));
        Button reloadButton = new Button(notification.getTranslation("association.stale.reload"), click -> {
            notification.close();
            reload.run();
        });
        reloadButton.setId("stale-reload");
        reloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button close = new Button(notification.getTranslation("association.stale.close"), click -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout layout = new HorizontalLayout(text, reloadButton, close);
        layout.setAlignItems(HorizontalLayout.Alignment.CENTER);
        notification.add(layout);
        notification.open();
    }
}
