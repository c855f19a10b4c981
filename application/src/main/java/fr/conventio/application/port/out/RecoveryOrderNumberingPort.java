package fr.conventio.application.port.out;

import fr.conventio.domain.settlement.RecoveryOrderNumber;
import fr.conventio.domain.shared.FunderId;

/**
 * Hands out recovery order numbers, sequential per funder and year ("TR-2021-0001", "TR-2021-0002"...).
 * A number handed out is never handed out again, even if the transaction that asked for it rolls back
 * (a database sequence or a counter row updated in its own transaction): gaps are acceptable, duplicates not.
 */
public interface RecoveryOrderNumberingPort {

    RecoveryOrderNumber nextNumber(FunderId funderId, int year);
}
