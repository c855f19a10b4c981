package fr.conventio.adapters.web.ui.common;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Confirmation before an irreversible action (signature, payment, termination, waiver...). */
public final class Confirmations {

    private Confirmations() {
    }

    public static ConfirmDialog confirm(String title, String text, String confirmLabel, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(title);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText("Annuler");
        dialog.setConfirmText(confirmLabel);
        dialog.setConfirmButtonTheme("primary");
        dialog.addConfirmListener(event -> onConfirm.run());
        dialog.open();
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
        dialog.setRejectButtonTheme("error tertiary");
        dialog.addRejectListener(event -> onLeave.run());
        dialog.open();
        return dialog;
    }
}
