package fr.conventio.adapters.web.ui.common;

import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.domain.shared.Rate;

import java.math.BigDecimal;

/**
 * The one field where staff type a rate: percent from 0 to 100, comma before at most two decimals
 * ("80", "7,69"), read by {@link FrenchNumbers#percent}, the value a {@link Rate}, shown as figures are ("80,00").
 */
public class RateField extends FrenchNumberField<Rate> {

    public RateField(String label) {
        super(label, "%", FrenchNumbers::percent);
    }

    @Override
    protected Rate toModel(BigDecimal number) {
        return Rate.ofPercent(number);
    }

    @Override
    protected String toText(Rate value) {
        return Formats.number(value.percentTwoDecimals());
    }
}
