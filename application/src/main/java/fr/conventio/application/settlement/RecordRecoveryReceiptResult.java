package fr.conventio.application.settlement;

import fr.conventio.domain.settlement.RecoveryOrderStatus;

/** The order after the receipt (version, status) and whether its full payment closed the settled agreement. */
public record RecordRecoveryReceiptResult(long orderVersion, RecoveryOrderStatus status, boolean agreementClosed) {
}
