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
}
