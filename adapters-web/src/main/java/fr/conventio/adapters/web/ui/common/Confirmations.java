package fr.conventio.adapters.web.ui.common;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Confirmation before an irreversible action (signature, payment, termination, waiver...). Its confirm
 * button acts once (a second click or Enter cannot run the action twice). The button that has the focus
 * when it opens, the one Enter presses, is the safe one for a destructive action ({@link #confirmDestructive}:
 * cancelling, keeping things as they are); Escape always cancels.
 */
public final class Confirmations {

    private static final String FOCUS_CANCEL = """
            const dialog = this;
            const focusCancel = () => { const cancel = dialog.querySelector('[slot="cancel-button"]'); if (cancel) { cancel.focus(); } };
            requestAnimationFrame(() => requestAnimationFrame(focusCancel));
            """;

    private Confirmations() {
    }

    public static ConfirmDialog confirm(String title, String text, String confirmLabel, Runnable onConfirm) {
        return confirm(title, text, confirmLabel, onConfirm, () -> { });
    }

    /** A confirmation whose cancellation (the button, Escape) runs {@code onCancel}. */
    public static ConfirmDialog confirm(String title, String text, String confirmLabel, Runnable onConfirm, Runnable onCancel) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(title);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText("Annuler");
        dialog.setConfirmText(confirmLabel);
        dialog.setConfirmButtonTheme("primary");
        boolean[] answered = new boolean[1];
        dialog.addConfirmListener(event -> {
            if (!answered[0]) {
                answered[0] = true;
                onConfirm.run();
            }
        });
        dialog.addCancelListener(event -> onCancel.run());
        dialog.open();
        return dialog;
    }

    /**
     * A confirmation of a destructive action (termination, cancellation, leaving without saving...): the
     * focus (and so Enter) is on {@code cancelLabel}, the safe choice; the destructive button is marked as such.
     */
    public static ConfirmDialog confirmDestructive(String title, String text, String confirmLabel, String cancelLabel,
                                                   Runnable onConfirm, Runnable onCancel) {
        ConfirmDialog dialog = confirm(title, text, confirmLabel, onConfirm, onCancel);
        dialog.setCancelText(cancelLabel);
        // focused, a blue tertiary label falls to 3.95:1 on its focus background (axe): the safe default reads in the contrast colour
        dialog.setCancelButtonTheme("tertiary contrast");
        dialog.setConfirmButtonTheme("error primary");
        dialog.getElement().executeJs(FOCUS_CANCEL);
        return dialog;
    }

    /**
     * Asks before leaving unsaved work. Staying is the default (the primary button, focused, and what Escape does);
     * leaving is the other button, marked as dangerous.
     */
    public static ConfirmDialog confirmLeaving(String title, String text, String stayLabel, String leaveLabel, Runnable onLeave) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(title);
        dialog.setText(text);
        dialog.setConfirmText(stayLabel);
        dialog.setConfirmButtonTheme("primary");
        dialog.setRejectable(true);
        dialog.setRejectText(leaveLabel);
        // filled: a tertiary red label falls below 4.5:1 on the dialog footer (axe); staying stays the focused default
        dialog.setRejectButtonTheme("error primary");
        dialog.addRejectListener(event -> onLeave.run());
        dialog.open();
        return dialog;
    }
}
