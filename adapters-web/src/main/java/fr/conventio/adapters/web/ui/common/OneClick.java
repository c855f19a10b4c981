package fr.conventio.adapters.web.ui.common;

import com.vaadin.flow.component.button.Button;

import java.util.function.BooleanSupplier;

/**
 * One click, one call: a button that submits is disabled in the browser the moment it is clicked, so a
 * double click (or a click while the answer is on its way) is not sent; it is enabled again once the
 * server answered when the form is still there (a refusal leaves it open, to be corrected and sent again).
 * <p>
 * Enabled again just before the answer leaves the server, not at the end of the click's handling: when
 * both clicks of a double click reach the server in one request, the second one finds the button still
 * disabled and is ignored.
 */
public final class OneClick {

    private OneClick() {
    }

    /** Guards a button of a page (not of a dialog); call it after the button's action listener was added (listeners run in order). */
    public static Button guard(Button button) {
        return guard(button, button::isAttached);
    }

    /**
     * Guards {@code button}, enabled again only while {@code formShown} (e.g. its dialog is still open): when
     * the action closed the form (it succeeded), a second click already on its way finds the button disabled.
     */
    public static Button guard(Button button, BooleanSupplier formShown) {
        button.setDisableOnClick(true);
        button.addClickListener(click -> {
            if (formShown.getAsBoolean()) {
                enableWhenAnswered(button, true);
            }
        });
        return button;
    }

    /** Sets {@code button} enabled or not once every event of the request was handled (just before the answer is sent). */
    public static void enableWhenAnswered(Button button, boolean enabled) {
        button.getUI().ifPresentOrElse(ui -> ui.beforeClientResponse(button, context -> button.setEnabled(enabled)),
                () -> button.setEnabled(enabled));
    }
}
