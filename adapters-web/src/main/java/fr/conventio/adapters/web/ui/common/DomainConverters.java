package fr.conventio.adapters.web.ui.common;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import fr.conventio.domain.party.EmailAddress;
import fr.conventio.domain.party.RnaNumber;
import fr.conventio.domain.party.Siret;
import fr.conventio.domain.shared.DomainException;
import fr.conventio.domain.shared.InvalidValueException;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Converters from what staff type to the domain's value objects. The value object decides (negative
 * amount, more than two decimals, SIRET check digit, RNA shape) and its refusal becomes the field's
 * error, in French, prefixed with the field's label: "SIRET : clé de contrôle (Luhn) invalide pour
 * « 99999999800018 »". An empty field converts to {@code null} (required fields use {@code asRequired}).
 * Amounts and rates have their own fields ({@link AmountField}, {@link RateField}).
 */
public final class DomainConverters {

    private DomainConverters() {
    }

    /** A SIRET (14 digits with the Luhn check digit; spaces allowed). */
    public static Converter<String, Siret> siret(String fieldLabel) {
        return new DomainConverter<>(true, Siret::of, Siret::value, labelled(fieldLabel));
    }

    /** An RNA number ("W" followed by 9 digits; lower case and spaces allowed). */
    public static Converter<String, RnaNumber> rna(String fieldLabel) {
        return new DomainConverter<>(true, RnaNumber::of, RnaNumber::value, labelled(fieldLabel));
    }

    /** An e-mail address (blank: none). */
    public static Converter<String, EmailAddress> email(String fieldLabel) {
        return new DomainConverter<>(true, EmailAddress::new, EmailAddress::value, labelled(fieldLabel));
    }

    /** The error shown for a refused value: the field's label, then the domain's reason without its own field prefix. */
    public static String message(String fieldLabel, DomainException refusal) {
        String reason = refusal.getMessage();
        if (refusal instanceof InvalidValueException invalid && reason.startsWith(invalid.field() + ": ")) {
            reason = reason.substring(invalid.field().length() + 2);
        }
        return fieldLabel + " : " + reason;
    }

    private static <P> BiFunction<P, InvalidValueException, String> labelled(String fieldLabel) {
        return (typed, refusal) -> message(fieldLabel, refusal);
    }

    /** Converts through the value object's factory; text is stripped and blank text is empty ("" shown for null). */
    private static final class DomainConverter<P, M> implements Converter<P, M> {

        private final boolean text;
        private final Function<P, M> toModel;
        private final Function<M, P> toPresentation;
        private final BiFunction<P, InvalidValueException, String> explanation;

        DomainConverter(boolean text, Function<P, M> toModel, Function<M, P> toPresentation,
                        BiFunction<P, InvalidValueException, String> explanation) {
            this.text = text;
            this.toModel = toModel;
            this.toPresentation = toPresentation;
            this.explanation = explanation;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Result<M> convertToModel(P value, ValueContext context) {
            if (value == null || text && value.toString().isBlank()) {
                return Result.ok(null);
            }
            P typed = text ? (P) value.toString().strip() : value;
            try {
                return Result.ok(toModel.apply(typed));
            } catch (InvalidValueException refusal) {
                return Result.error(explanation.apply(typed, refusal));
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public P convertToPresentation(M value, ValueContext context) {
            if (value == null) {
                return text ? (P) "" : null;
            }
            return toPresentation.apply(value);
        }
    }
}
