package fr.conventio.adapters.persistence.recovery;

import fr.conventio.adapters.persistence.support.CommonRowMappings;
import fr.conventio.domain.settlement.Receipt;
import fr.conventio.domain.settlement.RecoveryOrder;
import fr.conventio.domain.settlement.RecoveryOrderId;
import fr.conventio.domain.settlement.RecoveryOrderNumber;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.FunderId;

import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/**
 * RecoveryOrder ↔ {@link RecoveryOrderRow}: receipts by MapStruct, the aggregate through {@link RecoveryOrder#rehydrate};
 * the remaining due is written from the domain's {@link RecoveryOrder#remainingDue()} and not read back.
 */
@Mapper(componentModel = MappingConstants.ComponentModel.SPRING, unmappedTargetPolicy = ReportingPolicy.ERROR)
interface RecoveryOrderRowMapper extends CommonRowMappings {

    RecoveryOrderRow.ReceiptRow toRow(Receipt receipt);

    Receipt toReceipt(RecoveryOrderRow.ReceiptRow row);

    default RecoveryOrderRow toRow(RecoveryOrder order, Long version) {
        return new RecoveryOrderRow(order.id().value(), order.funderId().value(), order.agreementId().value(),
                order.number().year(), order.number().sequence(), order.ground(), toDecimal(order.amount()),
                toDecimal(order.remainingDue()), order.issuedOn(),
                order.status(), order.cancelledOn().orElse(null), order.cancelledBy().orElse(null),
                order.cancellationReason().orElse(null), order.receipts().stream().map(this::toRow).toList(), version);
    }

    default RecoveryOrder toRecoveryOrder(RecoveryOrderRow row) {
        return RecoveryOrder.rehydrate(new RecoveryOrderId(row.id()), new FunderId(row.funderId()), new AgreementId(row.agreementId()),
                RecoveryOrderNumber.of(row.numberYear(), row.numberSequence()), row.ground(), toAmount(row.amount()), row.issuedOn(),
                row.receipts().stream().map(this::toReceipt).toList(), row.status(), row.cancelledOn(), row.cancelledBy(),
                row.cancellationReason());
    }
}
