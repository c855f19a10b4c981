package fr.conventio.adapters.web.ui.draft;

import fr.conventio.adapters.web.ui.common.OneClick;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.shared.Registration;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * The draft wizard: a step indicator (tabs "1. Parties" to "5. Modalités de versement", "6. Durée", "7. Récapitulatif"), the current
 * step, "Précédent" / "Suivant", and "Enregistrer le brouillon" at every step. Every step edits the same
 * {@link DraftFormData}. Saving and cancelling are component events handled by the view (the form calls
 * no use case).
 */
public final class DraftForm extends Composite<VerticalLayout> {

    private final DraftFormData data;
    final PartiesStep parties;
    final ProgrammeStep programme;
    final BudgetStep budget;
    final SubsidyStep subsidy;
    final PaymentStep payment;
    final DurationStep duration;
    final ReviewStep review;
    private final List<WizardStep> steps;
    final Tabs indicator = new Tabs();
    final Button previous = new Button();
    final Button next = new Button();
    final Button save = new Button();
    final Button cancel = new Button();
    private int current;
    private boolean changed;
    private final List<Runnable> changeListeners = new ArrayList<>();
    private final List<IntConsumer> stepListeners = new ArrayList<>();

    /**
     * @param createAssociation opens the inline creation of an association; {@code null} hides it
     */
    public DraftForm(DraftFormData data, DraftChoices choices, Consumer<Consumer<AssociationChoice>> createAssociation) {
        this(data, choices, createAssociation, true);
    }

    /**
     * @param createAssociation opens the inline creation of an association; {@code null} hides it
     * @param creating          whether the draft is being created (its duration is typed here) rather than edited
     *                          (a saved draft's years are planned from its page)
     */
    public DraftForm(DraftFormData data, DraftChoices choices, Consumer<Consumer<AssociationChoice>> createAssociation, boolean creating) {
        this.data = data;
        Runnable onChange = this::onChange;
        parties = new PartiesStep(data, choices, createAssociation, onChange);
        programme = new ProgrammeStep(data, onChange);
        budget = new BudgetStep(data, onChange);
        subsidy = new SubsidyStep(data, choices, onChange);
        payment = new PaymentStep(data, onChange);
        duration = new DurationStep(data, creating, onChange);
        review = new ReviewStep(data, creating, onChange);
        steps = List.of(parties, programme, budget, subsidy, payment, duration, review);

        indicator.setId("draft-steps");
        indicator.getElement().setAttribute("aria-label", getTranslation("draft.steps"));
        Div stepHolder = new Div();
        stepHolder.setWidthFull();
        stepHolder.addClassName("draft-step");
        for (int i = 0; i < steps.size(); i++) {
            indicator.add(new Tab(getTranslation("draft.step.number", i + 1, getTranslation(steps.get(i).titleKey()))));
            stepHolder.add(steps.get(i));
        }
        indicator.addSelectedChangeListener(event -> show(indicator.getSelectedIndex()));

        previous.setText(getTranslation("draft.previous"));
        previous.setIcon(VaadinIcon.ARROW_LEFT.create());
        previous.setId("draft-previous");
        previous.addClickListener(click -> show(current - 1));
        next.setText(getTranslation("draft.next"));
        next.setIcon(VaadinIcon.ARROW_RIGHT.create());
        next.setIconAfterText(true);
        next.setId("draft-next");
        next.addClickListener(click -> show(current + 1));
        save.setText(getTranslation("draft.save"));
        save.setId("draft-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> fireEvent(new SaveEvent(this)));
        OneClick.guard(save);
        cancel.setText(getTranslation("draft.cancel"));
        cancel.setId("draft-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(click -> fireEvent(new CancelEvent(this)));
        HorizontalLayout buttons = new HorizontalLayout(previous, next, save, cancel);
        buttons.addClassName("draft-buttons");

        getContent().setPadding(false);
        getContent().add(indicator, stepHolder, buttons);
        show(0);
    }

    public DraftFormData data() {
        return data;
    }

    /** The index of the step shown (0 = parties). */
    int currentStep() {
        return current;
    }

    /** Shows step {@code index} (0-based); the other steps keep their values, hidden. */
    void show(int index) {
        if (index < 0 || index >= steps.size()) {
            return;
        }
        current = index;
        for (int i = 0; i < steps.size(); i++) {
            steps.get(i).setVisible(i == index);
        }
        if (indicator.getSelectedIndex() != index) {
            indicator.setSelectedIndex(index);
        }
        previous.setEnabled(index > 0);
        next.setEnabled(index < steps.size() - 1);
        stepListeners.forEach(listener -> listener.accept(index));
    }

    /** How many steps the wizard has. */
    int stepCount() {
        return steps.size();
    }

    /** {@code listener} gets the step shown (0-based) whenever it changes. */
    void onStepShown(IntConsumer listener) {
        stepListeners.add(listener);
    }

    /** {@code listener} runs whenever something is typed. */
    void onChanges(Runnable listener) {
        changeListeners.add(listener);
    }

    /** Marks the form as holding unsaved input (restored from a previous page load). */
    void markRestored() {
        changed = true;
    }

    /**
     * Validates every step (each field shows its error); shows the first step with an error and returns
     * its title, or {@code null} when every field is valid.
     */
    String validateAll() {
        String firstInvalid = null;
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (!steps.get(i).validate()) {
                firstInvalid = getTranslation("draft.step.number", i + 1, getTranslation(steps.get(i).titleKey()));
                show(i);
            }
        }
        return firstInvalid;
    }

    /** Shows {@code message} on the reference field (a refusal of the server, e.g. a reference in use) and opens its step. */
    void showReferenceError(String message) {
        show(0);
        parties.reference.setErrorMessage(message);
        parties.reference.setInvalid(true);
        parties.reference.focus();
    }

    /** Whether something was typed since the form was opened or last saved. */
    public boolean hasChanges() {
        return changed;
    }

    public void markSaved() {
        changed = false;
    }

    private void onChange() {
        changed = true;
        if (steps != null) {
            steps.forEach(WizardStep::refresh);
        }
        changeListeners.forEach(Runnable::run);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    /** "Enregistrer le brouillon" was clicked. */
    public static final class SaveEvent extends ComponentEvent<DraftForm> {
        SaveEvent(DraftForm source) {
            super(source, false);
        }
    }

    /** "Annuler" was clicked. */
    public static final class CancelEvent extends ComponentEvent<DraftForm> {
        CancelEvent(DraftForm source) {
            super(source, false);
        }
    }
}
