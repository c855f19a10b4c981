package fr.conventio.adapters.web.ui.agreement.dialog;

import com.vaadin.flow.component.UI;

/** The agreement page's texts, from the message bundles ({@code agreement.*} keys), in the UI's locale. */
public final class Texts {

    private Texts() {
    }

    /** The text of {@code key}; with arguments, a MessageFormat pattern (pass already formatted strings). */
    public static String t(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
