package fr.conventio.application.service;

import fr.conventio.application.port.in.RecordRecoveryReceiptCommand;
import fr.conventio.application.port.in.RecordRecoveryReceiptResult;
import fr.conventio.application.port.in.RecordRecoveryReceiptUseCase;
import fr.conventio.application.port.out.AgreementControlRepository;
import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.port.out.ObligationRepository;
import fr.conventio.application.port.out.PaymentRepository;
import fr.conventio.application.port.out.RecoveryOrderRepository;
import fr.conventio.application.shared.NotFoundException;
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

    private final AgreementRepository agreements;
    private final PaymentRepository payments;
    private final ObligationRepository obligations;
    private final RecoveryOrderRepository recoveryOrders;
    private final AgreementControlRepository controls;

    public RecordRecoveryReceiptService(AgreementRepository agreements, PaymentRepository payments, ObligationRepository obligations,
                                        RecoveryOrderRepository recoveryOrders, AgreementControlRepository controls) {
        this.agreements = Objects.requireNonNull(agreements);
        this.payments = Objects.requireNonNull(payments);
        this.obligations = Objects.requireNonNull(obligations);
        this.recoveryOrders = Objects.requireNonNull(recoveryOrders);
        this.controls = Objects.requireNonNull(controls);
    }

    @Override
    public RecordRecoveryReceiptResult record(RecordRecoveryReceiptCommand command) {
        Versioned<RecoveryOrder> loaded = recoveryOrders.findById(command.orderId())
                .orElseThrow(() -> new NotFoundException("Titre de recettes", command.orderId()));
        Guards.requireVersion(loaded, command.expectedVersion(), "Titre de recettes", command.orderId());
        RecoveryOrder order = loaded.value();
        order.recordReceipt(command.amount(), command.receivedOn());

        AgreementFile file = null;
        if (order.status() == RecoveryOrderStatus.PAID) {
            file = AgreementFile.load(agreements, payments, obligations, recoveryOrders, controls, order.agreementId()).withOrder(loaded);
            if (file.value().status() == AgreementStatus.SETTLED && file.nothingLeftOpen()) {
                file.value().close(command.receivedOn());
            } else {
                file = null;
            }
        }

        Versioned<RecoveryOrder> saved = recoveryOrders.save(loaded);
        if (file != null) {
            agreements.save(file.agreement());
        }
        return new RecordRecoveryReceiptResult(saved.version(), order.status(), file != null);
    }
}
