package fr.conventio.adapters.web.ui.common;

import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.domain.shared.Amount;

import java.math.BigDecimal;

/**
 * The one field where staff type money: euros and cents the French way ("60 000,00"), read by
 * {@link FrenchNumbers#amount}, the value an {@link Amount}, shown as {@link Formats#number} shows figures.
 */
public class AmountField extends FrenchNumberField<Amount> {

    public AmountField(String label) {
        super(label, "€", FrenchNumbers::amount);
    }

    @Override
    protected Amount toModel(BigDecimal number) {
        return new Amount(number);
    }

    @Override
    protected String toText(Amount value) {
        return Formats.number(value.value());
    }
}
