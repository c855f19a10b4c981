package fr.conventio.application.payment;

import fr.conventio.application.shared.Saved;
import fr.conventio.domain.payment.PaymentId;

/** Cancels a payment (it stops counting in the caps; its order reference stays used). */
public interface CancelPaymentUseCase {

    Saved<PaymentId> cancel(CancelPaymentCommand command);
}
