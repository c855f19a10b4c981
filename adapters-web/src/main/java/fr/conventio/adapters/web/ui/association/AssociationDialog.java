package fr.conventio.adapters.web.ui.association;

import fr.conventio.adapters.web.ui.common.DialogKeyboard;
import fr.conventio.adapters.web.ui.common.Notifications;
import fr.conventio.adapters.web.ui.common.OneClick;
import fr.conventio.application.association.AssociationData;
import fr.conventio.application.association.RegisterAssociationCommand;
import fr.conventio.application.association.RegisterAssociationUseCase;
import fr.conventio.domain.shared.AssociationId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.i18n.I18NProvider;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Registers or edits an association in a dialog. On success the dialog closes and {@code onSaved}
 * gets the association's id and its data as saved; on refusal it stays open with everything typed and says why (on the field
 * when the refusal names one). A stale record offers to reload ({@code reload}).
 */
public class AssociationDialog extends Dialog {

    final AssociationForm form;
    final Button save = new Button();
    final Button cancel = new Button();

    public AssociationDialog(String title, String saveLabel, AssociationFormData initial,
                             Function<AssociationData, AssociationId> saveAction, BiConsumer<AssociationId, AssociationData> onSaved, Runnable reload) {
        setHeaderTitle(title);
        setModal(true);
        setCloseOnOutsideClick(false);
        setWidth("min(56rem, 100%)");
        form = new AssociationForm(initial);
        add(form);

        save.setText(saveLabel);
        save.setId("association-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> form.validatedData().ifPresent(data -> {
            AssociationId[] saved = new AssociationId[1];
            Notifications.attemptWithReload(() -> saved[0] = saveAction.apply(data), () -> {
                close();
                onSaved.accept(saved[0], data);
            }, () -> {
                close();
                reload.run();
            });
        }));
        OneClick.guard(save, this::isOpened);
        cancel.setText(getTranslation("association.dialog.cancel"));
        cancel.addClickListener(click -> close());
        getFooter().add(cancel, save);
        DialogKeyboard.install(this, save);
    }

    /** Registers a new association; {@code onRegistered} gets its id and data (a new record cannot be stale: nothing to reload). */
    public static AssociationDialog registration(RegisterAssociationUseCase registerAssociation,
                                                 BiConsumer<AssociationId, AssociationData> onRegistered) {
        return new AssociationDialog(I18NProvider.translate("association.dialog.create.title"),
                I18NProvider.translate("association.dialog.create.save"), AssociationFormData.empty(),
                data -> registerAssociation.register(new RegisterAssociationCommand(data)).id(), onRegistered, () -> { });
    }
}
