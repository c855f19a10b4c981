package fr.conventio.application.settlement;

import fr.conventio.domain.settlement.Settlement;

/**
 * The settlement (A1): final subsidy, balance due or overpayment to recover (A2); the agreement's new
 * version; and whether it closed at once (nothing due either way).
 */
public record SettleAgreementResult(long agreementVersion, Settlement settlement, boolean agreementClosed) {
}
