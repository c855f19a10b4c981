package fr.conventio.adapters.web.ui.draft;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.i18n.I18NProvider;
import fr.conventio.domain.party.RnaNumber;
import fr.conventio.domain.party.Siret;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.shared.Rate;

import java.math.BigDecimal;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Converters from what staff type to the domain's value objects. The value object decides (negative
 * amount, more than two decimals, SIRET check digit, RNA shape): its refusal becomes the field's error
 * message, prefixed with the field's label ("Subvention : ..."). An empty field converts to {@code null}
 * (required fields say so with {@code asRequired}).
 */
final class ValueConverters {

    private ValueConverters() {
    }

    /**
     * A {@code BigDecimalField} to an {@link Amount} (euros and cents, never negative). The domain
     * refuses; the message says in plain French what to type ("au plus deux décimales").
     */
    static Converter<BigDecimal, Amount> amount(String fieldLabel) {
        return new DomainConverter<BigDecimal, Amount>(fieldLabel, Amount::new, Amount::value).explainedBy((typed, refusal) ->
                I18NProvider.translate(typed.signum() < 0 ? "draft.error.amountNegative" : "draft.error.amountDecimals", fieldLabel));
    }

    /** A {@code BigDecimalField} in percent to a {@link Rate} (0 to 100). */
    static Converter<BigDecimal, Rate> rate(String fieldLabel) {
        return new DomainConverter<>(fieldLabel, Rate::ofPercent, Rate::percent);
    }

    /** A text field to a {@link Siret} (14 digits, Luhn check digit; spaces allowed). */
    static Converter<String, Siret> siret(String fieldLabel) {
        return new DomainConverter<String, Siret>(fieldLabel, Siret::of, Siret::value).blankIsEmpty();
    }

    /** A text field to an {@link RnaNumber} ("W" and 9 digits). */
    static Converter<String, RnaNumber> rna(String fieldLabel) {
        return new DomainConverter<String, RnaNumber>(fieldLabel, RnaNumber::of, RnaNumber::value).blankIsEmpty();
    }

    /** The message shown for a refused value: the field's label, then the domain's reason without its own field prefix. */
    static String message(String fieldLabel, InvalidValueException refusal) {
        String reason = refusal.getMessage();
        String prefix = refusal.field() + ": ";
        if (reason.startsWith(prefix)) {
            reason = reason.substring(prefix.length());
        }
        return fieldLabel + " : " + reason;
    }

    private static final class DomainConverter<P, M> implements Converter<P, M> {

        private final String fieldLabel;
        private final Function<P, M> toModel;
        private final Function<M, P> toPresentation;
        private boolean blankIsEmpty;
        private BiFunction<P, InvalidValueException, String> explanation;

        DomainConverter(String fieldLabel, Function<P, M> toModel, Function<M, P> toPresentation) {
            this.fieldLabel = fieldLabel;
            this.toModel = toModel;
            this.toPresentation = toPresentation;
        }

        DomainConverter<P, M> explainedBy(BiFunction<P, InvalidValueException, String> explanation) {
            this.explanation = explanation;
            return this;
        }

        DomainConverter<P, M> blankIsEmpty() {
            this.blankIsEmpty = true;
            return this;
        }

        @Override
        public Result<M> convertToModel(P value, ValueContext context) {
            if (value == null || blankIsEmpty && value.toString().isBlank()) {
                return Result.ok(null);
            }
            try {
                return Result.ok(toModel.apply(value));
            } catch (InvalidValueException refusal) {
                return Result.error(explanation == null ? message(fieldLabel, refusal) : explanation.apply(value, refusal));
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public P convertToPresentation(M value, ValueContext context) {
            if (value == null) {
                return blankIsEmpty ? (P) "" : null;
            }
            return toPresentation.apply(value);
        }
    }
}
