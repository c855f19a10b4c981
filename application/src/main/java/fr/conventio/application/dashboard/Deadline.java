package fr.conventio.application.dashboard;

import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;

import java.time.LocalDate;

/**
 * One line of the deadlines dashboard (read model): an obligation of an association (O1–O10), the funder's own
 * payment deadline (N1) or an instalment the funder has to pay by a known date (V5/N1).
 * {@code obligationId} is {@code null} for the funder's deadlines; {@code amount} is the instalment's amount, {@code null}
 * for the other kinds.
 */
public record Deadline(DeadlineKind kind, AgreementId agreementId, String agreementReference, String associationName,
                       ObligationId obligationId, String ruleId, String label, LocalDate dueDate, boolean overdue, Amount amount) {

    /** A deadline without an amount (an obligation, the N1 payment deadline). */
    public Deadline(DeadlineKind kind, AgreementId agreementId, String agreementReference, String associationName,
                    ObligationId obligationId, String ruleId, String label, LocalDate dueDate, boolean overdue) {
        this(kind, agreementId, agreementReference, associationName, obligationId, ruleId, label, dueDate, overdue, null);
    }
}
