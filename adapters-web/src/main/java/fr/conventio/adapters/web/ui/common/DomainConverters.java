package fr.conventio.adapters.web.ui.common;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.i18n.I18NProvider;
import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.domain.party.RnaNumber;
import fr.conventio.domain.party.Siret;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.DomainException;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.shared.Rate;

import java.math.BigDecimal;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Converters from what staff type to the domain's value objects. The value object decides (negative
 * amount, more than two decimals, SIRET check digit, RNA shape) and its refusal becomes the field's
 * error, in French, prefixed with the field's label: "SIRET : clé de contrôle (Luhn) invalide pour
 * « 99999999800018 »". An empty field converts to {@code null} (required fields use {@code asRequired}).
 */
public final class DomainConverters {

    private DomainConverters() {
    }

    /**
     * A {@code BigDecimalField} to an {@link Amount} (euros and cents, never negative); the message says in
     * plain French what to type: "Subvention : au plus deux décimales (les centimes), par exemple 12,34."
     */
    public static Converter<BigDecimal, Amount> amount(String fieldLabel) {
        return amount(I18NProvider.translate("draft.error.amountNegative", fieldLabel),
                I18NProvider.translate("draft.error.amountDecimals", fieldLabel));
    }

    /** A {@code BigDecimalField} to an {@link Amount}, with the messages for a negative amount and for cents beyond two decimals. */
    public static Converter<BigDecimal, Amount> amount(String negativeMessage, String decimalsMessage) {
        return new DomainConverter<>(false, Amount::new, Amount::value,
                (typed, refusal) -> typed.signum() < 0 ? negativeMessage : decimalsMessage);
    }

    /**
     * Euros typed French style in a text field ({@code 1 040 335,00}, {@code 80000}, {@code 12,5 €}): spaces
     * and the euro sign are ignored, the comma is the decimal separator; {@link Amount} refuses negatives and
     * cents beyond two decimals.
     */
    public static Converter<String, Amount> typedAmount(String fieldLabel) {
        return new DomainConverter<>(true, text -> Amount.of(normalisedAmount(text)), amount -> Formats.number(amount.value()),
                labelled(fieldLabel));
    }

    /** A {@code BigDecimalField} in percent to a {@link Rate} (0 to 100). */
    public static Converter<BigDecimal, Rate> rate(String fieldLabel) {
        return new DomainConverter<>(false, Rate::ofPercent, Rate::percent, labelled(fieldLabel));
    }

    /** A SIRET (14 digits with the Luhn check digit; spaces allowed). */
    public static Converter<String, Siret> siret(String fieldLabel) {
        return new DomainConverter<>(true, Siret::of, Siret::value, labelled(fieldLabel));
    }

    /** An RNA number ("W" followed by 9 digits; lower case and spaces allowed). */
    public static Converter<String, RnaNumber> rna(String fieldLabel) {
        return new DomainConverter<>(true, RnaNumber::of, RnaNumber::value, labelled(fieldLabel));
    }

    /** The error shown for a refused value: the field's label, then the domain's reason without its own field prefix. */
    public static String message(String fieldLabel, DomainException refusal) {
        String reason = refusal.getMessage();
        if (refusal instanceof InvalidValueException invalid && reason.startsWith(invalid.field() + ": ")) {
            reason = reason.substring(invalid.field().length() + 2);
        }
        return fieldLabel + " : " + reason;
    }

    static String normalisedAmount(String text) {
        return text.replace("€", "").replaceAll("[\\s\u00A0\u202F]", "").replace(',', '.');
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
