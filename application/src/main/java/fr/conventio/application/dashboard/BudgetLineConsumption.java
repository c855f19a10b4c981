package fr.conventio.application.dashboard;

import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetLineId;

/**
 * How much of a budget line's envelope of one year is used (read model, B4).
 *
 * @param envelope  the envelope voted for the year (zero when none was set)
 * @param committed what the agreements of the year signed on the line commit (B4)
 * @param paid      the charges on the line of the payments recorded (cancelled ones excluded) for the
 *                  agreements of that budget year, whatever the payment's value date
 * @param remaining envelope − committed, never below zero
 */
public record BudgetLineConsumption(BudgetLineId lineId, String code, String label, Amount envelope, Amount committed,
                                    Amount paid, Amount remaining) {
}
