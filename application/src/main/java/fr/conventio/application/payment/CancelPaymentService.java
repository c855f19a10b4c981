package fr.conventio.application.payment;

import fr.conventio.application.port.out.CurrentUserPort;
import fr.conventio.application.port.out.PaymentRepository;
import fr.conventio.application.shared.Guards;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.application.shared.Saved;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.payment.Payment;
import fr.conventio.domain.payment.PaymentId;

import java.util.Objects;

/** Cancels a payment order, recording the reason, the date and the current user. */
public final class CancelPaymentService implements CancelPaymentUseCase {

    private final PaymentRepository payments;
    private final CurrentUserPort currentUser;

    public CancelPaymentService(PaymentRepository payments, CurrentUserPort currentUser) {
        this.payments = Objects.requireNonNull(payments);
        this.currentUser = Objects.requireNonNull(currentUser);
    }

    @Override
    public Saved<PaymentId> cancel(CancelPaymentCommand command) {
        Versioned<Payment> loaded = payments.findById(command.paymentId())
                .orElseThrow(() -> new NotFoundException("Versement", command.paymentId()));
        Guards.requireVersion(loaded, command.expectedVersion(), "Versement", command.paymentId());
        loaded.value().cancel(command.reason(), currentUser.currentUser(), command.cancelledOn());
        return Saved.of(command.paymentId(), payments.save(loaded));
    }
}
