package fr.conventio.domain.termination;

import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.DatePeriod;
import fr.conventio.domain.shared.InvalidValueException;

/**
 * A termination staff want to record, with the plain values {@link TerminationPolicy} needs.
 *
 * @param agreementStatus current status of the agreement
 * @param initiatedBy     the party that terminates
 * @param effectiveDate   the day the termination takes effect
 * @param notice          the formal notice (required for BREACH_AFTER_NOTICE, else {@code null})
 * @param restitution     what the funder demands back (T3)
 * @param subsidy         the subsidy in force (voted or as adjusted)
 * @param period          the period the subsidy covers (the budget year: 2020 has 366 days)
 * @param amountReceived  what the association has received so far
 */
public record TerminationRequest(AgreementStatus agreementStatus, TerminationGround ground, Party initiatedBy,
                                 java.time.LocalDate effectiveDate, FormalNotice notice, RestitutionMode restitution,
                                 Amount subsidy, DatePeriod period, Amount amountReceived) {

    public TerminationRequest {
        if (agreementStatus == null || ground == null || initiatedBy == null || effectiveDate == null || restitution == null
                || subsidy == null || period == null || amountReceived == null) {
            throw new InvalidValueException("résiliation", "statut, motif, partie, date d'effet, restitution, subvention, période et montant reçu sont requis");
        }
        if (amountReceived.isGreaterThan(subsidy)) {
            throw new InvalidValueException("montant reçu", "le montant reçu dépasse la subvention");
        }
    }
}
