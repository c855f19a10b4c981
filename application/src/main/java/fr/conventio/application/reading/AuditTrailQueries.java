package fr.conventio.application.reading;

import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.domain.shared.AgreementId;

/**
 * Read side of the audit trail written by the persistence adapter with each save (who, when, what
 * record, which action, the fields changed).
 */
public interface AuditTrailQueries {

    /**
     * The entries about the agreement and about the records attached to it (its payments, obligations,
     * recovery orders and control file), and about its beneficiary association and its funder, by {@code occurredAt} (most recent first unless
     * {@code page.ascending()}); entries of the same instant in the order written when ascending, in the
     * reverse order when most recent first.
     */
    Page<AuditEntry> agreementHistory(AgreementId agreementId, PageRequest page);
}
