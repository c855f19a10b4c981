package fr.conventio.adapters.web.ui.common;

import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.domain.shared.TextLimits;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The length limits of {@link TextLimits} in the forms: the browser stops typing and pasting at the limit
 * ({@code maxlength}), the field's own validation (which the binder runs) refuses a longer value with a French
 * message naming the field and the limit, and a text area shows how many characters are used ("1 250 / 2 000
 * caractères"). The server's checks (commands, domain, database) stay the ones that count.
 */
public final class TextInputs {

    private TextInputs() {
    }

    /** Caps a one-line field at {@code max} characters (call once its label is set: the message names it). */
    public static TextField limit(TextField field, int max) {
        return limit(field, max, field.getLabel());
    }

    /** Caps a one-line field at {@code max} characters, the message naming it {@code name}. */
    public static TextField limit(TextField field, int max, String name) {
        field.setMaxLength(max);
        field.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(tooLong(name, max)));
        return field;
    }

    /** Caps a text area at {@code max} characters and counts them under it, after its hint if it has one. */
    public static TextArea limit(TextArea area, int max) {
        area.setMaxLength(max);
        area.setI18n(new TextArea.TextAreaI18n().setMaxLengthErrorMessage(tooLong(area.getLabel(), max)));
        String hint = area.getHelperText();
        area.setHelperText(counter(hint, area.getValue(), max));
        area.addValueChangeListener(change -> area.setHelperText(counter(hint, change.getValue(), max)));
        return area;
    }

    /** "Motif du rejet : 2 000 caractères au plus". */
    static String tooLong(String label, int max) {
        return t("common.text.tooLong", label == null ? "" : label, number(max));
    }

    private static String counter(String hint, String value, int max) {
        String count = t("common.text.counter", number(value == null ? 0 : TextLimits.length(value)), number(max));
        return hint == null || hint.isBlank() ? count : hint + " — " + count;
    }

    private static String number(int value) {
        return Formats.count(value);
    }

    private static String t(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
