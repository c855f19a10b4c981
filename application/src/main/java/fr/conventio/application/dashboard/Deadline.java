package fr.conventio.application.dashboard;

import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.shared.AgreementId;

import java.time.LocalDate;

/**
 * One line of the deadlines dashboard (read model): an obligation of an association (O1–O10) or the
 * funder's own payment deadline (N1). {@code obligationId} is {@code null} for a payment deadline.
 */
public record Deadline(DeadlineKind kind, AgreementId agreementId, String agreementReference, String associationName,
                       ObligationId obligationId, String ruleId, String label, LocalDate dueDate, boolean overdue) {
}
