package fr.conventio.application.payment;

import fr.conventio.application.agreementfile.AgreementFile;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.payment.Payment;
import fr.conventio.domain.payment.PaymentId;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.payment.PaymentRequest;

import java.util.Objects;

/**
 * Records an advance or the balance. The domain's {@link fr.conventio.domain.payment.PaymentPolicy}
 * decides (V1–V4, A3) on a context built from the agreement (status, signature, voted and adjusted
 * subsidy, advance rate, split), all its payments (cancelled ones included, for V3 references), the
 * O10 balance documents (accepted or waived) and the suspension.
 *
 * <p>Decision: recording the balance closes the agreement (SETTLED → CLOSED, on the balance's value
 * date) when nothing else is open — no balance left, nothing to recover, no recovery order waiting.
 * The agreement is stored again with every payment (its version goes up) so that two payments
 * recorded at the same time on one agreement cannot both pass the caps.
 */
public final class RecordPaymentService implements RecordPaymentUseCase {

    private final AgreementFiles files;

    public RecordPaymentService(AgreementFiles files) {
        this.files = Objects.requireNonNull(files);
    }

    @Override
    public RecordPaymentResult record(RecordPaymentCommand command) {
        AgreementFile file = files.loadForUpdate(command.agreementId(), command.expectedVersion());
        Agreement agreement = file.value();
        PaymentRequest request = new PaymentRequest(command.kind(), command.charges(), command.valueDate(), command.orderReference());
        Payment payment = Payment.create(PaymentId.newId(), file.paymentContext(), request);

        boolean closes = payment.kind() == PaymentKind.BALANCE && file.withPayment(payment).nothingLeftOpen();
        if (closes) {
            agreement.close(payment.valueDate());
        }

        Versioned<Agreement> saved = files.save(file);
        files.addPayment(payment);
        return new RecordPaymentResult(payment.id(), saved.version(), closes);
    }
}
