package fr.conventio.adapters.web.ui.association;

import fr.conventio.adapters.web.ui.common.DialogKeyboard;
import fr.conventio.adapters.web.ui.common.Notifications;
import fr.conventio.adapters.web.ui.common.OneClick;
import fr.conventio.application.association.AssociationData;
import fr.conventio.application.association.RegisterAssociationCommand;
import fr.conventio.application.association.AssociationSummary;
import fr.conventio.application.association.RegisterAssociationUseCase;
import fr.conventio.application.association.SearchAssociationsQuery;
import fr.conventio.application.association.SearchAssociationsUseCase;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.shared.ComparableText;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Registers or edits an association in a dialog. On success the dialog closes and {@code onSaved}
 * gets the association's id and its data as saved; on refusal it stays open with everything typed and says why (on the field
 * when the refusal names one). A stale record offers to reload ({@code reload}). A registration warns, before it
 * registers, when an association of the same name exists and no SIRET was typed; a second click registers it anyway.
 */
public class AssociationDialog extends Dialog {

    final AssociationForm form;
    final Button save = new Button();
    final Button cancel = new Button();
    final Paragraph warning = new Paragraph();
    private Function<AssociationData, Optional<String>> warningFor = data -> Optional.empty();
    private String acknowledgedWarning;

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
        warning.setId("association-warning");
        warning.addClassName("association-warning");
        warning.getElement().setAttribute("role", "alert");
        warning.setVisible(false);
        warning.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        addComponentAsFirst(warning);
        save.addClickListener(click -> form.validatedData().filter(this::acknowledged).ifPresent(data -> {
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

    /**
     * True when nothing is to be said before saving {@code data}, or when what is said was shown for the same data
     * already (the second click); otherwise shows the warning, relabels the button and returns false.
     */
    private boolean acknowledged(AssociationData data) {
        Optional<String> said = warningFor.apply(data);
        if (said.isEmpty() || said.get().equals(acknowledgedWarning)) {
            return true;
        }
        acknowledgedWarning = said.get();
        warning.setText(said.get());
        warning.setVisible(true);
        warning.scrollIntoView();
        save.setText(getTranslation("association.dialog.create.anyway"));
        return false;
    }

    /**
     * Registers a new association; {@code onRegistered} gets its id and data (a new record cannot be stale: nothing to
     * reload). The dialog is one intention: every click sends the key drawn when it opened, so a double click or a
     * replay registers one association.
     */
    public static AssociationDialog registration(RegisterAssociationUseCase registerAssociation, SearchAssociationsUseCase searchAssociations,
                                                 BiConsumer<AssociationId, AssociationData> onRegistered) {
        SubmissionKey submission = SubmissionKey.newKey();
        AssociationDialog dialog = new AssociationDialog(I18NProvider.translate("association.dialog.create.title"),
                I18NProvider.translate("association.dialog.create.save"), AssociationFormData.empty(),
                data -> registerAssociation.register(new RegisterAssociationCommand(data, submission)).id(), onRegistered, () -> { });
        dialog.warningFor = data -> sameName(searchAssociations, data);
        return dialog;
    }

    /** "Une association du même nom existe déjà : …" when no SIRET is typed and a registered association has this name (case and accents aside). */
    static Optional<String> sameName(SearchAssociationsUseCase searchAssociations, AssociationData data) {
        if (data.siret() != null) {
            return Optional.empty();
        }
        List<AssociationSummary> found = searchAssociations.search(new SearchAssociationsQuery(data.name(),
                PageRequest.of(0, 50, SearchAssociationsUseCase.SORT_NAME, true))).content();
        List<String> same = found.stream().filter(summary -> ComparableText.same(summary.name(), data.name()))
                .map(summary -> summary.name() + " (" + (summary.siret() == null ? summary.city()
                        : I18NProvider.translate("association.dialog.sameName.siret", summary.siret())) + ")")
                .toList();
        if (same.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(I18NProvider.translate("association.dialog.sameName", same.stream().collect(Collectors.joining(", "))));
    }
}
