package fr.conventio.adapters.web.ui.agreement.dialog;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.data.converter.Converter;
import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.adapters.web.ui.common.DomainConverters;
import fr.conventio.adapters.web.ui.common.AmountField;
import fr.conventio.adapters.web.ui.common.FrenchDatePickers;
import fr.conventio.adapters.web.ui.common.RateField;
import fr.conventio.adapters.web.ui.common.TextInputs;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.TextLimits;

import java.time.LocalDate;

/**
 * The fields of the agreement page's forms, all alike: a visible label, validation as you type, French
 * dates (dd/MM/yyyy, French month and day names, weeks starting on Monday), amounts in euros.
 */
final class Fields {

    private Fields() {
    }

    /** An amount typed the French way ({@link AmountField}), validated as you type. */
    static AmountField amount(String label) {
        AmountField field = new AmountField(label);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        return field;
    }

    /** A rate in percent typed the French way ({@link RateField}), validated as you type. */
    static RateField rate(String label) {
        RateField field = new RateField(label);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        return field;
    }

    static DatePicker date(String label, LocalDate initial) {
        DatePicker picker = FrenchDatePickers.picker(label);
        picker.setValue(initial);
        return picker;
    }

    /** A one-line text of at most {@code max} characters ({@link TextLimits}). */
    static TextField text(String label, int max) {
        TextField field = new TextField(label);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        return TextInputs.limit(field, max);
    }

    /** A text area of at most {@code max} characters ({@link TextLimits}), with a counter under it. */
    static TextArea area(String label, int max) {
        TextArea area = new TextArea(label);
        area.setValueChangeMode(ValueChangeMode.EAGER);
        area.setMinRows(3);
        return TextInputs.limit(area, max);
    }

    /** Binds a required amount (required indicator, conversion errors on the field). */
    static <F> Binder.Binding<F, Amount> requiredAmount(Binder<F> binder, AmountField field, SerializableFunction<F, Amount> getter,
                                                        SerializableBiConsumer<F, Amount> setter) {
        return binder.forField(field).asRequired(Texts.t("agreement.field.required", field.getLabel()))
                .withConverter(field.converter()).bind(getter::apply, setter::accept);
    }

    static <F> Binder.Binding<F, LocalDate> requiredDate(Binder<F> binder, DatePicker field, SerializableFunction<F, LocalDate> getter,
                                                         SerializableBiConsumer<F, LocalDate> setter) {
        return binder.forField(field).asRequired(Texts.t("agreement.field.required", field.getLabel())).bind(getter::apply, setter::accept);
    }

    /**
     * A required date of something that has happened (a signature, a payment, a settlement): a date after
     * {@code today} (the application's today) is refused on the field, naming it.
     */
    static <F> Binder.Binding<F, LocalDate> requiredPastDate(Binder<F> binder, DatePicker field, LocalDate today,
                                                             SerializableFunction<F, LocalDate> getter, SerializableBiConsumer<F, LocalDate> setter) {
        return binder.forField(field).asRequired(Texts.t("agreement.field.required", field.getLabel()))
                .withValidator(notAfter(field, today)).bind(getter::apply, setter::accept);
    }

    /** {@link #requiredPastDate}, for a date that may be left empty (not known yet). */
    static <F> Binder.Binding<F, LocalDate> optionalPastDate(Binder<F> binder, DatePicker field, LocalDate today,
                                                             SerializableFunction<F, LocalDate> getter, SerializableBiConsumer<F, LocalDate> setter) {
        return binder.forField(field).withValidator(notAfter(field, today)).bind(getter::apply, setter::accept);
    }

    /** Refuses a date after {@code today} on {@code field}, naming it. */
    private static com.vaadin.flow.data.binder.Validator<LocalDate> notAfter(DatePicker field, LocalDate today) {
        return (date, context) -> date == null || !date.isAfter(today) ? ValidationResult.ok()
                : ValidationResult.error(Texts.t("agreement.field.date.future", field.getLabel(), Formats.date(date), Formats.date(today)));
    }

    static <F> Binder.Binding<F, String> requiredText(Binder<F> binder, com.vaadin.flow.component.HasValue<?, String> field, String label,
                                                      SerializableFunction<F, String> getter, SerializableBiConsumer<F, String> setter) {
        return binder.forField(field).asRequired(Texts.t("agreement.field.required", label))
                .withValidator(value -> value != null && !value.isBlank(), Texts.t("agreement.field.required", label))
                .bind(getter::apply, setter::accept);
    }
}
