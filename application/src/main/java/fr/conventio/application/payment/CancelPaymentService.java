package fr.conventio.application.payment;

import fr.conventio.application.agreementfile.AgreementFile;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.port.out.CurrentUserPort;
import fr.conventio.application.shared.Saved;
import fr.conventio.domain.payment.Payment;
import fr.conventio.domain.payment.PaymentId;

import java.util.Objects;

/**
 * Cancels a payment order, recording the reason, the date and the current user: the payment stops counting
 * in the account (what was paid, the advance available, the balance due, the lines' commitments). Refused
 * once a decision was computed on the payments (termination, funding decision, withdrawal) or the file closed.
 */
public final class CancelPaymentService implements CancelPaymentUseCase {

    private final AgreementFiles files;
    private final CurrentUserPort currentUser;

    public CancelPaymentService(AgreementFiles files, CurrentUserPort currentUser) {
        this.files = Objects.requireNonNull(files);
        this.currentUser = Objects.requireNonNull(currentUser);
    }

    @Override
    public Saved<PaymentId> cancel(CancelPaymentCommand command) {
        AgreementFile file = files.loadOfPayment(command.paymentId());
        Payment payment = file.paymentForUpdate(command.paymentId(), command.expectedVersion());
        file.account().requireCancellable();
        payment.cancel(command.reason(), currentUser.currentUser(), command.cancelledOn());
        files.save(file);
        return new Saved<>(command.paymentId(), file.versionOf(payment));
    }
}
