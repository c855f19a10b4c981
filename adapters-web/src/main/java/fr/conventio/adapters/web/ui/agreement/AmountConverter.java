package fr.conventio.adapters.web.ui.agreement;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import fr.conventio.domain.shared.Amount;

import java.math.BigDecimal;

/**
 * A typed number to an {@link Amount}: a negative number or more than two decimals is a validation error
 * shown on the field, in French, naming the problem (the domain never rounds a typed amount).
 */
final class AmountConverter implements Converter<BigDecimal, Amount> {

    @Override
    public Result<Amount> convertToModel(BigDecimal value, ValueContext context) {
        if (value == null) {
            return Result.ok(null);
        }
        if (value.signum() < 0) {
            return Result.error(Texts.t("agreement.field.amount.negative"));
        }
        if (value.stripTrailingZeros().scale() > 2) {
            return Result.error(Texts.t("agreement.field.amount.decimals"));
        }
        return Result.ok(new Amount(value));
    }

    @Override
    public BigDecimal convertToPresentation(Amount value, ValueContext context) {
        return value == null ? null : value.value();
    }
}
