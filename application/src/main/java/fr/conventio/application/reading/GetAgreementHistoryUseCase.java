package fr.conventio.application.reading;

import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.ReadOnly;

/**
 * The audit trail of an agreement: what was done to it and to the records attached to it (payments,
 * obligations, recovery orders, control file), one page at a time.
 */
public interface GetAgreementHistoryUseCase extends ReadOnly {

    /** The only sort key: most recent first when not ascending. */
    String SORT_OCCURRED_AT = "occurredAt";

    Page<AuditEntry> history(GetAgreementHistoryQuery query);
}
