package fr.conventio.adapters.web.ui.common;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * The keyboard in a form dialog, the same in every one: when it opens, the focus goes to its first field
 * where something is typed or picked from a list (not to the dialog's frame; a radio button or a check box
 * only when there is no such field); Enter submits, as a click on the dialog's action button would (so it is
 * refused while the button is disabled), except in a text area (a new line), on a button (which does its
 * own action), in a date or a list (where Enter confirms the date or picks the item); Escape cancels (the dialog's own
 * behaviour, kept on); when it closes, the focus goes back to the button that opened it, or to the button
 * with the same id when the page was redrawn meanwhile.
 * <p>
 * A small script on the dialog, sent through Vaadin's channel ({@code executeJs}: no inline script,
 * allowed by the content security policy).
 */
public final class DialogKeyboard {

    private static final String SCRIPT = """
            const dialog = this;
            const submit = $0;
            const active = document.activeElement;
            if (active && active !== document.body && !dialog.contains(active)) {
              dialog.__conventioOpener = active;
              dialog.__conventioOpenerId = active.id || null;
            }
            const typed = 'vaadin-text-field, vaadin-text-area, vaadin-date-picker, vaadin-combo-box, vaadin-select, '
                + 'vaadin-integer-field, vaadin-number-field';
            const choices = 'vaadin-radio-button, vaadin-checkbox';
            const usable = selector => Array.from(dialog.querySelectorAll(selector)).find(f => !f.disabled && !f.readonly
                && f.checkVisibility() && !f.closest('[slot="footer"]'));
            const focusFirst = () => {
              const first = usable(typed) || usable(choices);
              if (first && !(document.activeElement && first.contains(document.activeElement))) {
                first.focus();
              }
            };
            requestAnimationFrame(() => requestAnimationFrame(focusFirst));
            if (dialog.__conventioKeyboard) { return; }
            dialog.__conventioKeyboard = true;
            const notForSubmit = 'textarea, vaadin-text-area, vaadin-button, button, a, vaadin-select, vaadin-upload, '
                + 'vaadin-date-picker, vaadin-combo-box';
            dialog.addEventListener('keydown', event => {
              if (event.key !== 'Enter' || event.isComposing || event.shiftKey || event.ctrlKey || event.altKey) { return; }
              const own = event.composedPath().some(node => node instanceof Element && node.matches(notForSubmit));
              if (own || !dialog.opened) { return; }
              setTimeout(() => { if (dialog.opened && !submit.disabled && submit.isConnected) { submit.click(); } });
            }, true);
            dialog.addEventListener('opened-changed', event => {
              if (event.detail.value) { return; }
              setTimeout(() => {
                const opener = dialog.__conventioOpener;
                const target = opener && opener.isConnected ? opener
                    : dialog.__conventioOpenerId ? document.getElementById(dialog.__conventioOpenerId) : null;
                if (target && (!document.activeElement || document.activeElement === document.body || !document.activeElement.isConnected
                    || dialog.contains(document.activeElement))) {
                  target.focus();
                }
              });
            });
            """;

    private DialogKeyboard() {
    }

    /** Gives the dialog the keyboard described above; {@code submit} is its action button. */
    public static void install(Dialog dialog, Button submit) {
        dialog.setCloseOnEsc(true);
        dialog.addOpenedChangeListener(change -> {
            if (change.isOpened()) {
                dialog.getElement().executeJs(SCRIPT, submit.getElement());
            }
        });
    }
}
