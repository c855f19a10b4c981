package fr.conventio.application.settlement;

import fr.conventio.domain.settlement.RecoveryOrderId;
import fr.conventio.domain.settlement.RecoveryOrderNumber;

/** The recovery order issued (id, number, version) and the agreement's new version. */
public record IssueRecoveryOrderResult(RecoveryOrderId orderId, RecoveryOrderNumber number, long orderVersion, long agreementVersion) {
}
