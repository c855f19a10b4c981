package fr.conventio.adapters.web.ui.association;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import fr.conventio.application.port.in.AssociationData;
import fr.conventio.domain.shared.AssociationId;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Registers or edits an association in a dialog. On success the dialog closes and {@code onSaved}
 * gets the association's id; on refusal it stays open with everything typed and says why (on the field
 * when the refusal names one). A stale record offers to reload ({@code reload}).
 */
public class AssociationDialog extends Dialog {

    final AssociationForm form;
    final Button save = new Button();
    final Button cancel = new Button();

    public AssociationDialog(String title, String saveLabel, AssociationFormData initial,
                             Function<AssociationData, AssociationId> saveAction, Consumer<AssociationId> onSaved, Runnable reload) {
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
            Saving.attempt(() -> saved[0] = saveAction.apply(data), () -> {
                close();
                onSaved.accept(saved[0]);
            }, () -> {
                close();
                reload.run();
            });
        }));
        cancel.setText(getTranslation("association.dialog.cancel"));
        cancel.addClickListener(click -> close());
        getFooter().add(cancel, save);
    }
}
