package fr.conventio.application.settlement;

import fr.conventio.application.agreementfile.AgreementFile;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.settlement.RecoveryOrder;
import fr.conventio.domain.settlement.RecoveryOrderStatus;

import java.util.Objects;

/**
 * Records a sum received against a recovery order. When the order is fully paid and its agreement is
 * SETTLED with nothing else open, the agreement is closed on the day of the receipt (D2).
 */
public final class RecordRecoveryReceiptService implements RecordRecoveryReceiptUseCase {

    private final AgreementFiles files;

    public RecordRecoveryReceiptService(AgreementFiles files) {
        this.files = Objects.requireNonNull(files);
    }

    @Override
    public RecordRecoveryReceiptResult record(RecordRecoveryReceiptCommand command) {
        Versioned<RecoveryOrder> loaded = files.loadOrderForUpdate(command.orderId(), command.expectedVersion());
        RecoveryOrder order = loaded.value();
        order.recordReceipt(command.amount(), command.receivedOn());

        AgreementFile file = null;
        if (order.status() == RecoveryOrderStatus.PAID) {
            file = files.load(order.agreementId()).withOrder(loaded);
            if (file.value().status() == AgreementStatus.SETTLED && file.nothingLeftOpen()) {
                file.value().close(command.receivedOn());
            } else {
                file = null;
            }
        }

        Versioned<RecoveryOrder> saved = files.saveOrder(loaded);
        if (file != null) {
            files.save(file);
        }
        return new RecordRecoveryReceiptResult(saved.version(), order.status(), file != null);
    }
}
