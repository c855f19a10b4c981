package fr.conventio.adapters.persistence.payment;

import fr.conventio.adapters.persistence.support.CommonRowMappings;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.payment.Payment;
import fr.conventio.domain.payment.PaymentId;
import fr.conventio.domain.payment.PaymentOrderReference;
import fr.conventio.domain.shared.AgreementId;

import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/** Payment ↔ {@link PaymentRow}: the charges by MapStruct, the aggregate through {@link Payment#rehydrate}. */
@Mapper(componentModel = MappingConstants.ComponentModel.SPRING, unmappedTargetPolicy = ReportingPolicy.ERROR)
interface PaymentRowMapper extends CommonRowMappings {

    PaymentRow.LineChargeRow toRow(LineCharge charge);

    LineCharge toCharge(PaymentRow.LineChargeRow row);

    default PaymentRow toRow(Payment payment, Long version) {
        return new PaymentRow(payment.id().value(), payment.agreementId().value(), payment.kind(), payment.valueDate(),
                payment.orderReference().map(PaymentOrderReference::value).orElse(null), payment.status(),
                payment.cancelledOn().orElse(null), payment.cancelledBy().orElse(null), payment.cancellationReason().orElse(null),
                payment.instalmentNumber().orElse(null), payment.charges().stream().map(this::toRow).toList(), version);
    }

    default Payment toPayment(PaymentRow row) {
        return Payment.rehydrate(new PaymentId(row.id()), new AgreementId(row.agreementId()), row.kind(),
                row.charges().stream().map(this::toCharge).toList(), row.valueDate(),
                row.orderReference() == null ? null : new PaymentOrderReference(row.orderReference()), row.instalmentNumber(), row.status(),
                row.cancelledOn(), row.cancelledBy(), row.cancellationReason());
    }
}
