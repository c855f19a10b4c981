package fr.conventio.application.settlement;

import fr.conventio.domain.settlement.Settlement;

/**
 * The settlement (A1): final subsidy, balance due or overpayment to recover (A2), and the agreement's new
 * version. Settling does not close the file (D2): the balance is paid, or the overpayment recovered, first.
 */
public record SettleAgreementResult(long agreementVersion, Settlement settlement) {
}
