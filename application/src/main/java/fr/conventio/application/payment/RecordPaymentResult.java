package fr.conventio.application.payment;

import fr.conventio.domain.payment.PaymentId;

/** The payment recorded and the agreement's new version. Recording the balance does not close the file (D2). */
public record RecordPaymentResult(PaymentId paymentId, long agreementVersion) {
}
