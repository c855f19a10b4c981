package fr.conventio.application.payment;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.domain.payment.PaymentId;
import fr.conventio.domain.shared.TextLimits;

import java.time.LocalDate;

/** Cancels a payment order (annulation de mandat), with a reason and a date. */
public record CancelPaymentCommand(PaymentId paymentId, long expectedVersion, String reason, LocalDate cancelledOn) {

    public CancelPaymentCommand {
        CommandChecks.required(paymentId, "versement");
        CommandChecks.expectedVersion(expectedVersion);
        reason = CommandChecks.requiredText(reason, "motif d'annulation", TextLimits.REASON);
        CommandChecks.required(cancelledOn, "date d'annulation");
    }
}
