package fr.conventio.domain.payment;

import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.InvalidValueException;

/**
 * The part of a payment charged to one budget line of the agreement (imputation, V4). A payment
 * has one charge per line it draws on: an advance usually one, the single balance (V2) as many as
 * the lines that still have something to pay (seed: 6 000,00 € on CT1 and 10 000,00 € on the Pays d'Aix line).
 */
public record LineCharge(BudgetLineId budgetLineId, Amount amount) {

    public LineCharge {
        if (budgetLineId == null) {
            throw new InvalidValueException("ligne budgétaire", "un versement est imputé sur une ligne budgétaire");
        }
        if (amount == null || amount.isZero()) {
            throw new InvalidValueException("montant imputé", "le montant imputé sur une ligne est strictement positif");
        }
    }
}
