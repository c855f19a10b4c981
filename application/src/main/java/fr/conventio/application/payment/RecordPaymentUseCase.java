package fr.conventio.application.payment;

/**
 * Records an advance or the balance (V1–V4, A3), deciding with the domain's payment policy on the
 * agreement, its payments, the O10 balance documents and the suspension. Recording the balance closes
 * the agreement when nothing remains to pay or to recover (no open recovery order).
 */
public interface RecordPaymentUseCase {

    RecordPaymentResult record(RecordPaymentCommand command);
}
