package fr.conventio.adapters.web.ui.common;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.i18n.I18NProvider;
import fr.conventio.domain.shared.InvalidValueException;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/**
 * A text field for a number typed the French way ({@link FrenchNumbers}): what staff type is read by one
 * function and never reinterpreted; a refusal is the field's error, in French, naming the field
 * ("Montant du versement : utilisez la virgule pour les centimes et l'espace pour les milliers..."). The
 * digits are grouped by thousands as they are typed (a small script on the input, sent through Vaadin's
 * channel, which only regroups text that already reads as a number) and, when the field loses focus, the
 * text is shown exactly as read-only figures show it ("60 000,00").
 *
 * @param <M> the domain value ({@code Amount}, {@code Rate})
 */
public abstract class FrenchNumberField<M> extends TextField {

    /** Regroups the integer digits by thousands with a no-break space as staff type, keeping the caret after the same digit. */
    private static final String GROUP_AS_YOU_TYPE = """
            const field = this;
            if (field.__conventioGrouping) { return; }
            field.__conventioGrouping = true;
            field.addEventListener('input', () => {
              const input = field.inputElement;
              if (!input) { return; }
              const text = input.value;
              if (!/^[0-9 \\u00A0\\u202F]*(,[0-9]*)?$/.test(text)) { return; }
              if (/[ \\u00A0\\u202F]$/.test(text)) { return; } // a space just typed stays until the next digit
              const comma = text.indexOf(',');
              const digits = (comma < 0 ? text : text.slice(0, comma)).replace(/[^0-9]/g, '');
              const grouped = digits.replace(/\\B(?=(\\d{3})+(?!\\d))/g, '\\u00A0') + (comma < 0 ? '' : text.slice(comma));
              if (grouped === text) { return; }
              const caret = input.selectionStart;
              const before = text.slice(0, caret).replace(/[^0-9,]/g, '').length;
              field.value = grouped;
              let position = 0;
              for (let seen = 0; position < grouped.length && seen < before; position++) {
                if (/[0-9,]/.test(grouped[position])) { seen++; }
              }
              input.setSelectionRange(position, position);
              field.dispatchEvent(new Event('input', { bubbles: true, composed: true })); // the server gets the text shown
            });
            """;

    /** Room for the largest amount, grouped, with its unit: "999 999 999 999,99 €" and a few spaces. */
    static final int MAX_LENGTH = 24;

    private final Function<String, FrenchNumbers.Parsed> reader;

    protected FrenchNumberField(String label, String unit, Function<String, FrenchNumbers.Parsed> reader) {
        super(label);
        this.reader = reader;
        setSuffixComponent(new Span(unit));
        addThemeName("align-right");
        addClassName("french-number"); // not "amount": its no-wrap would cut the helper and error texts
        getElement().setAttribute("inputmode", "decimal");
        getElement().setAttribute("autocomplete", "off");
        setMaxLength(MAX_LENGTH);
        addBlurListener(blur -> showAsDisplayed());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs(GROUP_AS_YOU_TYPE);
    }

    /** The domain value for a number that was read (the domain may still refuse it). */
    protected abstract M toModel(BigDecimal number);

    /** The number a domain value shows ("60 000,00" for 60000 €). */
    protected abstract String toText(M value);

    /** What the text reads as: a value, blank, or the problem. */
    public FrenchNumbers.Parsed parsed() {
        return reader.apply(getValue());
    }

    /** The domain value typed, when the text reads as one the domain accepts; empty otherwise (blank or refused). */
    public Optional<M> number() {
        try {
            return parsed().value().map(this::toModel);
        } catch (InvalidValueException refused) {
            return Optional.empty();
        }
    }

    /** Shows a domain value as read-only figures do ("" for none). */
    public void setNumber(M value) {
        setValue(value == null ? "" : toText(value));
    }

    /**
     * The binder's converter from the typed text to the domain value: blank is {@code null} (required fields
     * use {@code asRequired}); a refusal names the field by its label.
     */
    public Converter<String, M> converter() {
        return new Converter<>() {
            @Override
            public Result<M> convertToModel(String text, ValueContext context) {
                FrenchNumbers.Parsed read = reader.apply(text);
                if (read.problem().isPresent()) {
                    return Result.error(I18NProvider.translate(read.problem().get().messageKey(), getLabel()));
                }
                if (read.value().isEmpty()) {
                    return Result.ok(null);
                }
                try {
                    return Result.ok(toModel(read.value().get()));
                } catch (InvalidValueException refused) {
                    return Result.error(DomainConverters.message(getLabel(), refused));
                }
            }

            /**
             * What the field shows for a value: the text typed while it reads as that value (the binder
             * converts back after each keystroke: "6" must not become "6,00" under the fingers), else the
             * value as figures are shown.
             */
            @Override
            public String convertToPresentation(M value, ValueContext context) {
                if (value == null) {
                    return parsed().isBlank() ? getValue() : "";
                }
                return number().filter(value::equals).isPresent() ? getValue() : toText(value);
            }
        };
    }

    /** Once the field is left, a number that was read is shown as read-only figures show it; refused text stays as typed. */
    private void showAsDisplayed() {
        number().map(this::toText).filter(text -> !text.equals(getValue())).ifPresent(this::setValue);
    }
}
