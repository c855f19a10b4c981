package fr.conventio.application.settlement;

import fr.conventio.domain.settlement.RecoveryOrderStatus;

/** The order after the receipt (version, status) and its agreement's new version. A recovered order does not close the file (D2). */
public record RecordRecoveryReceiptResult(long orderVersion, RecoveryOrderStatus status, long agreementVersion) {
}
