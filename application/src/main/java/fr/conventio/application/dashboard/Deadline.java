package fr.conventio.application.dashboard;

import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.shared.AgreementId;

import java.time.LocalDate;

/**
 * One line of the deadlines dashboard (read model): an obligation of an association (O1–O10) or the
 * funder's own payment deadline (N1). {@code obligationId} is {@code null} for a payment deadline.
 * {@code revision} is the stored version of the row the deadline comes from (the obligation, or the agreement's
 * control file for N1): it grows with every change of it, so a calendar event built from the deadline can be
 * sequenced (a due date moved is a new revision); 0 when unknown.
 */
public record Deadline(DeadlineKind kind, AgreementId agreementId, String agreementReference, String associationName,
                       ObligationId obligationId, String ruleId, String label, LocalDate dueDate, boolean overdue, long revision) {

    public Deadline {
        if (revision < 0) {
            throw new IllegalArgumentException("révision négative : " + revision);
        }
    }

    /** Without its revision (0). */
    public Deadline(DeadlineKind kind, AgreementId agreementId, String agreementReference, String associationName,
                    ObligationId obligationId, String ruleId, String label, LocalDate dueDate, boolean overdue) {
        this(kind, agreementId, agreementReference, associationName, obligationId, ruleId, label, dueDate, overdue, 0);
    }
}
