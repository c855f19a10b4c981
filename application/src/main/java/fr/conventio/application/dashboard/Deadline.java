package fr.conventio.application.dashboard;

import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;

import java.time.LocalDate;

/**
 * One line of the deadlines dashboard (read model): an obligation of an association (O1–O10), the funder's own
 * payment deadline (N1) or an instalment the funder has to pay by a known date (V5/N1).
 * {@code obligationId} is {@code null} for the funder's deadlines; {@code amount} is the instalment's amount, {@code null}
 * for the other kinds, as {@code instalmentNumber} its number in the schedule. {@code revision} is the stored version of the row the deadline comes from (the obligation, the
 * agreement's control file for N1, the agreement for an instalment): it grows with every change of it, so a calendar
 * event built from the deadline can be sequenced (a due date moved is a new revision); 0 when unknown.
 */
public record Deadline(DeadlineKind kind, AgreementId agreementId, String agreementReference, String associationName,
                       ObligationId obligationId, String ruleId, String label, LocalDate dueDate, boolean overdue, Amount amount,
                       Integer instalmentNumber, long revision) {

    public Deadline {
        if ((kind == DeadlineKind.FUNDER_INSTALMENT) != (instalmentNumber != null)) {
            throw new IllegalArgumentException("numéro de versement : pour les versements échelonnés et eux seuls");
        }
        if (revision < 0) {
            throw new IllegalArgumentException("révision négative : " + revision);
        }
    }

    /** A deadline without an amount (an obligation, the N1 payment deadline), without its revision (0). */
    public Deadline(DeadlineKind kind, AgreementId agreementId, String agreementReference, String associationName,
                    ObligationId obligationId, String ruleId, String label, LocalDate dueDate, boolean overdue) {
        this(kind, agreementId, agreementReference, associationName, obligationId, ruleId, label, dueDate, overdue, null, null, 0);
    }

    /** A deadline without an amount (an obligation, the N1 payment deadline), with its revision. */
    public Deadline(DeadlineKind kind, AgreementId agreementId, String agreementReference, String associationName,
                    ObligationId obligationId, String ruleId, String label, LocalDate dueDate, boolean overdue, long revision) {
        this(kind, agreementId, agreementReference, associationName, obligationId, ruleId, label, dueDate, overdue, null, null, revision);
    }
}
