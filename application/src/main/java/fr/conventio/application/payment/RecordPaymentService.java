package fr.conventio.application.payment;

import fr.conventio.application.agreementfile.AgreementFile;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.port.out.CurrentUserPort;
import fr.conventio.application.port.out.SubmissionKeysPort;
import fr.conventio.application.shared.SeparationOfDuties;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.payment.Payment;
import fr.conventio.domain.payment.PaymentId;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.payment.PaymentRequest;

import java.util.Objects;

/**
 * Records an advance or the balance: the agreement's account decides (V1–V4, A3) and creates the payment,
 * which is saved with the file and the account's new figures. The agreement is stored again with every
 * payment (its version goes up) so that two payments recorded at the same time on one agreement cannot
 * both pass the caps. Paying the balance ends the agreement's payments but does not close its file (D2); it
 * is refused, before anything is written, to whoever recorded the settlement when duties are separated
 * ({@link SeparationOfDuties}). The same submission twice records one payment and answers the first.
 */
public final class RecordPaymentService implements RecordPaymentUseCase {

    private final AgreementFiles files;
    private final CurrentUserPort currentUser;
    private final SeparationOfDuties separationOfDuties;
    private final SubmissionKeysPort submissionKeys;

    public RecordPaymentService(AgreementFiles files, CurrentUserPort currentUser, SeparationOfDuties separationOfDuties,
                                SubmissionKeysPort submissionKeys) {
        this.files = Objects.requireNonNull(files);
        this.currentUser = Objects.requireNonNull(currentUser);
        this.separationOfDuties = Objects.requireNonNull(separationOfDuties);
        this.submissionKeys = Objects.requireNonNull(submissionKeys);
    }

    @Override
    public RecordPaymentResult record(RecordPaymentCommand command) {
        if (files.dryRunning()) {
            // a dry run decides and stores nothing: it must not claim the key the real submission will bring
            return recordOnce(command);
        }
        return submissionKeys.once(command.submission(), RecordPaymentUseCase.class, () -> recordOnce(command),
                recorded -> new SubmissionKeysPort.Result(recorded.paymentId().value().toString(), recorded.agreementVersion()),
                first -> new RecordPaymentResult(PaymentId.of(first.id()), first.version()));
    }

    private RecordPaymentResult recordOnce(RecordPaymentCommand command) {
        AgreementFile file = files.loadForUpdate(command.agreementId(), command.expectedVersion());
        if (command.kind() == PaymentKind.BALANCE) {
            // the last instalment of a schedule (V5) is the balance: the same separation of duties
            separationOfDuties.checkBalancePayment(file.agreement(), currentUser.currentUser());
        }
        PaymentRequest request = new PaymentRequest(command.kind(), command.charges(), command.valueDate(), command.orderReference(),
                command.kind() == PaymentKind.INSTALMENT ? command.instalmentNumber() : null);
        Payment payment = file.account().pay(PaymentId.newId(), request);
        file.add(payment);
        Versioned<Agreement> saved = files.save(file);
        return new RecordPaymentResult(payment.id(), saved.version());
    }
}
