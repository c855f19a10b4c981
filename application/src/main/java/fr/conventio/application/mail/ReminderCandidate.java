package fr.conventio.application.mail;

import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.obligation.ObligationStatus;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.shared.AgreementId;

import java.time.LocalDate;

/**
 * An obligation the association may have to be reminded of (read model): its agreement, the association's
 * name and contact e-mail ({@code null} when none is recorded), the obligation and its stored status.
 */
public record ReminderCandidate(AgreementId agreementId, String agreementReference, String associationName, String contactEmail,
                                ObligationId obligationId, ObligationType type, LocalDate dueDate, ObligationStatus status) {
}
