package fr.conventio.application.settlement;

import fr.conventio.application.agreementfile.AgreementFile;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.port.out.SubmissionKeysPort;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.settlement.RecoveryOrder;

import java.util.Objects;

/**
 * Records a sum received against a recovery order (A2): what the account shows as recovered, and what the
 * budget lines show as paid, go down by as much (B4). Closing the file stays a manager's decision (D2).
 */
public final class RecordRecoveryReceiptService implements RecordRecoveryReceiptUseCase {

    private final AgreementFiles files;
    private final SubmissionKeysPort submissionKeys;

    public RecordRecoveryReceiptService(AgreementFiles files, SubmissionKeysPort submissionKeys) {
        this.submissionKeys = Objects.requireNonNull(submissionKeys);
        this.files = Objects.requireNonNull(files);
    }

    @Override
    public RecordRecoveryReceiptResult record(RecordRecoveryReceiptCommand command) {
        return files.once(submissionKeys, command.submission(), RecordRecoveryReceiptUseCase.class, () -> recordOnce(command),
                recorded -> new SubmissionKeysPort.Result(command.orderId().toString(), recorded.agreementVersion()),
                first -> {
                    AgreementFile file = files.loadOfOrder(command.orderId());
                    Versioned<RecoveryOrder> order = file.recoveryOrders().stream()
                            .filter(o -> o.value().id().equals(command.orderId())).findFirst().orElseThrow();
                    return new RecordRecoveryReceiptResult(order.version(), order.value().status(), first.version());
                });
    }

    private RecordRecoveryReceiptResult recordOnce(RecordRecoveryReceiptCommand command) {
        AgreementFile file = files.loadOfOrder(command.orderId());
        RecoveryOrder order = file.orderForUpdate(command.orderId(), command.expectedVersion());
        order.recordReceipt(command.amount(), command.receivedOn());
        Versioned<Agreement> saved = files.save(file);
        return new RecordRecoveryReceiptResult(file.versionOf(order), order.status(), saved.version());
    }
}
