package fr.conventio.application.payment;

import fr.conventio.domain.payment.PaymentId;

/** The payment recorded, the agreement's new version, and whether this payment closed the agreement. */
public record RecordPaymentResult(PaymentId paymentId, long agreementVersion, boolean agreementClosed) {
}
