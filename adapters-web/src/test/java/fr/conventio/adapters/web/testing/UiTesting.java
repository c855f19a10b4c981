package fr.conventio.adapters.web.testing;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Karibu set-up shared by the web tests: a French UI whose only route is the agreement page stub. */
public final class UiTesting {

    private UiTesting() {
    }

    public static void setUpFrenchUi() {
        MockVaadin.setup(new Routes(Set.of(AgreementPageStub.class), Set.of(), true));
        UI.getCurrent().setLocale(Locale.FRANCE);
    }

    public static void tearDown() {
        MockVaadin.tearDown();
    }

    /** The texts of the notifications shown, oldest first. */
    public static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream().map(UiTesting::text).toList();
    }

    /** The notification's text, or the text of its message when it holds components (a refusal with its « Détails »). */
    private static String text(Notification notification) {
        String text = notification.getElement().getProperty("text", "");
        if (!text.isEmpty()) {
            return text;
        }
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(notification, com.vaadin.flow.component.html.Span.class,
                        spec -> spec.withClasses(fr.conventio.adapters.web.ui.common.Notifications.MESSAGE_CLASS)).stream()
                .map(com.vaadin.flow.component.html.Span::getText).findFirst().orElse("");
    }

    /** Where the UI has navigated to ("conventions/..."). */
    public static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
