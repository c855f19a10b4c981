package fr.conventio.adapters.web.ui.association;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.domain.party.RnaNumber;
import fr.conventio.domain.party.Siret;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.DomainException;
import fr.conventio.domain.shared.InvalidValueException;

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
     * Euros typed French style ({@code 1 040 335,00}, {@code 80000}, {@code 12,5 €}): spaces and the euro
     * sign are ignored, the comma is the decimal separator; {@link Amount} refuses negatives and cents
     * beyond two decimals.
     */
    public static Converter<String, Amount> amount(String fieldLabel) {
        return new DomainConverter<>(fieldLabel, text -> Amount.of(normalisedAmount(text)),
                amount -> Formats.number(amount.value()));
    }

    /** A SIRET (14 digits with the Luhn check digit; spaces allowed). */
    public static Converter<String, Siret> siret(String fieldLabel) {
        return new DomainConverter<>(fieldLabel, Siret::of, Siret::value);
    }

    /** An RNA number ("W" followed by 9 digits; lower case and spaces allowed). */
    public static Converter<String, RnaNumber> rna(String fieldLabel) {
        return new DomainConverter<>(fieldLabel, RnaNumber::of, RnaNumber::value);
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

    private static final class DomainConverter<M> implements Converter<String, M> {

        private final String fieldLabel;
        private final Function<String, M> toModel;
        private final Function<M, String> toPresentation;

        DomainConverter(String fieldLabel, Function<String, M> toModel, Function<M, String> toPresentation) {
            this.fieldLabel = fieldLabel;
            this.toModel = toModel;
            this.toPresentation = toPresentation;
        }

        @Override
        public Result<M> convertToModel(String value, ValueContext context) {
            if (value == null || value.isBlank()) {
                return Result.ok(null);
            }
            try {
                return Result.ok(toModel.apply(value.strip()));
            } catch (InvalidValueException refusal) {
                return Result.error(message(fieldLabel, refusal));
            }
        }

        @Override
        public String convertToPresentation(M value, ValueContext context) {
            return value == null ? "" : toPresentation.apply(value);
        }
    }
}
