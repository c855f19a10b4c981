package fr.conventio.application.dashboard;

import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetLineId;

/**
 * How much of a budget line's envelope of one year is used (read model, B4).
 *
 * @param envelope  the envelope voted for the year (zero when none was set)
 * @param committed what the agreements of the year signed on the line commit (B4), once settled or terminated
 *                  only their part of the final subsidy (the rest is released)
 * @param paid      what the line shows as paid for the agreements of that budget year: the charges of the
 *                  payments recorded (cancelled ones excluded), less what recovery orders brought back
 * @param remaining envelope − committed, never below zero
 */
public record BudgetLineConsumption(BudgetLineId lineId, String code, String label, Amount envelope, Amount committed,
                                    Amount paid, Amount remaining) {
}
