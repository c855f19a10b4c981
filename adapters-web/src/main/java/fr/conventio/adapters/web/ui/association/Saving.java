package fr.conventio.adapters.web.ui.association;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import fr.conventio.adapters.web.ui.common.Messages;
import fr.conventio.adapters.web.ui.common.Notifications;
import fr.conventio.application.shared.ConcurrentUpdateException;

import java.util.Optional;

/**
 * Saves through a use case like {@link Notifications#attempt}, and when another member of staff saved
 * the same record first ({@link ConcurrentUpdateException}) shows its message with a "Recharger" button
 * that reloads the record; the form stays as typed until the user chooses to reload.
 */
public final class Saving {

    private Saving() {
    }

    public static boolean attempt(Runnable action, Runnable then, Runnable reload) {
        try {
            action.run();
        } catch (RuntimeException error) {
            Optional<ConcurrentUpdateException> stale = staleRecord(error);
            if (stale.isPresent()) {
                showStale(stale.get(), reload);
            } else {
                Notifications.error(error);
            }
            return false;
        }
        then.run();
        return true;
    }

    static Optional<ConcurrentUpdateException> staleRecord(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConcurrentUpdateException stale) {
                return Optional.of(stale);
            }
        }
        return Optional.empty();
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
