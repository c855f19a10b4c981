package fr.conventio.adapters.web.ui.agreement.dialog;

import fr.conventio.adapters.web.ui.AgreementListView;
import fr.conventio.adapters.web.ui.common.Confirmations;
import fr.conventio.adapters.web.ui.common.Notifications;
import fr.conventio.application.checking.DryRunOutcome;
import fr.conventio.application.drafting.DeleteDraftAgreementCommand;
import fr.conventio.application.shared.Deletion;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

import java.util.Optional;

/**
 * « Supprimer le brouillon »: the deletion is first checked as a dry run (a draft approved or saved since is refused
 * before anything is asked), then confirmed in a dialog that names the draft, « Annuler » being the focused default;
 * once deleted (or found deleted already) the list of agreements is shown with a notification.
 */
public final class DraftDeletion {

    private DraftDeletion() {
    }

    /** Opens the confirmation, or shows the refusal; returns the dialog when it was opened. */
    public static Optional<ConfirmDialog> ask(AgreementPage page) {
        String reference = page.details().reference();
        DeleteDraftAgreementCommand command = new DeleteDraftAgreementCommand(page.details().id(), page.details().version());
        DryRunOutcome<Deletion> check = page.useCases().dryRun().dryRun(() -> page.useCases().deleteDraft().delete(command));
        if (check.refusalFound().isPresent()) {
            Notifications.error(check.refusalFound().get());
            return Optional.empty();
        }
        ConfirmDialog dialog = Confirmations.confirmDestructive(Texts.t("draft.delete.title"), Texts.t("draft.delete.text", reference),
                Texts.t("draft.delete.confirm"), Texts.t("draft.delete.cancel"), () -> delete(page, command, reference), () -> { });
        dialog.setId("draft-delete-dialog");
        return Optional.of(dialog);
    }

    private static void delete(AgreementPage page, DeleteDraftAgreementCommand command, String reference) {
        Deletion[] outcome = new Deletion[1];
        Notifications.attemptWithReload(() -> outcome[0] = page.useCases().deleteDraft().delete(command), () -> {
            Notifications.success(Texts.t(outcome[0] == Deletion.DELETED ? "draft.delete.done" : "draft.delete.already", reference));
            UI.getCurrent().navigate(AgreementListView.class);
        }, page::reload);
    }
}
