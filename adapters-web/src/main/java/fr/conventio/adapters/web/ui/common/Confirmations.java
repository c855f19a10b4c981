package fr.conventio.adapters.web.ui.common;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Confirmation before an irreversible action (signature, payment, termination, waiver...). Its confirm
 * button acts once (a second click or Enter cannot run the action twice). The button that has the focus
 * when it opens, the one Enter presses, is the safe one for a destructive action ({@link #confirmDestructive}:
 * cancelling, keeping things as they are); Escape always cancels.
 */
public final class Confirmations {

    /*
     * The overlay moves focus to its first button once its opening animation is over, which comes later on a slow
     * machine than two animation frames: for the first 800 ms, focus that lands on the confirm button (the overlay's,
     * not a person's, that soon) is brought back to the safe one.
     */
    private static final String FOCUS_CANCEL = """
            const dialog = this;
            const cancel = () => dialog.querySelector('[slot="cancel-button"]');
            const confirmButton = () => dialog.querySelector('[slot="confirm-button"]');
            const focusCancel = () => { const c = cancel(); if (c) { c.focus(); } };
            const until = Date.now() + 800;
            const keep = () => {
                const a = document.activeElement;
                if (!cancel() || a === confirmButton() || a === document.body || a === null) { focusCancel(); }
                if (Date.now() < until) { requestAnimationFrame(keep); }
            };
            requestAnimationFrame(keep);
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
