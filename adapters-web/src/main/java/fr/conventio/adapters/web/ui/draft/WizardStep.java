package fr.conventio.adapters.web.ui.draft;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import fr.conventio.adapters.web.ui.common.AmountField;
import fr.conventio.adapters.web.ui.common.DomainConverters;
import fr.conventio.domain.shared.InvalidValueException;

import java.util.function.Consumer;

/**
 * One step of the draft wizard: a heading, fields bound to the shared {@link DraftFormData} by the
 * step's own binder (unbuffered: every accepted value is in the form data at once, so nothing is lost
 * when moving between steps or when a save is refused), and the live figures it shows.
 */
abstract class WizardStep extends Composite<VerticalLayout> {

    protected final DraftFormData data;
    protected final Binder<DraftFormData> binder = new Binder<>();
    protected final Runnable onChange;

    WizardStep(DraftFormData data, Runnable onChange) {
        this.data = data;
        this.onChange = onChange;
        getContent().setPadding(false);
        binder.addValueChangeListener(event -> onChange.run());
    }

    /** The bundle key of the step's title ("Parties"...). */
    abstract String titleKey();

    /** Adds the heading; subclasses add their fields, bind them, then call {@link #start()}. */
    protected void heading() {
        H3 title = new H3(getTranslation(titleKey()));
        title.addClassName("draft-step-title");
        getContent().add(title);
    }

    /** Binds the form data (after every binding is declared). */
    protected void start() {
        binder.setBean(data);
    }

    /** Validates the step's fields and rows, showing the errors; true when all are valid. */
    boolean validate() {
        return binder.validate().isOk();
    }

    /** Recomputes what the step shows live (totals, shares...). */
    void refresh() {
    }

    protected String required(String labelKey) {
        return getTranslation("draft.error.required", getTranslation(labelKey));
    }

    /** An amount field: typed the French way ({@link AmountField}), "€" suffix, right-aligned. */
    protected AmountField amountField(String labelKey) {
        return new AmountField(getTranslation(labelKey));
    }

    /** A validator asking the domain: {@code check} throws the domain's refusal, shown with the field's label. */
    protected static <V> Validator<V> domainCheck(String label, Consumer<V> check) {
        return (value, context) -> {
            if (value == null) {
                return ValidationResult.ok();
            }
            try {
                check.accept(value);
                return ValidationResult.ok();
            } catch (InvalidValueException refusal) {
                return ValidationResult.error(DomainConverters.message(label, refusal));
            }
        };
    }
}
