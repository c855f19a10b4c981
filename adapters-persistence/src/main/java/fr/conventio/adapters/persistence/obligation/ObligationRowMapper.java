package fr.conventio.adapters.persistence.obligation;

import fr.conventio.adapters.persistence.support.CommonRowMappings;
import fr.conventio.domain.obligation.EvidenceRef;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationEvent;
import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.shared.AgreementId;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/** Obligation ↔ {@link ObligationRow}: the events by MapStruct, the aggregate through {@link Obligation#rehydrate}. */
@Mapper(componentModel = MappingConstants.ComponentModel.SPRING, unmappedTargetPolicy = ReportingPolicy.ERROR)
interface ObligationRowMapper extends CommonRowMappings {

    @Mapping(target = "eventDate", source = "on")
    @Mapping(target = "recordedBy", source = "by")
    ObligationRow.EventRow toRow(ObligationEvent event);

    @Mapping(target = "on", source = "eventDate")
    @Mapping(target = "by", source = "recordedBy")
    ObligationEvent toEvent(ObligationRow.EventRow row);

    ObligationRow.EvidenceRow toRow(EvidenceRef evidence);

    EvidenceRef toEvidence(ObligationRow.EvidenceRow row);

    default ObligationRow toRow(Obligation obligation, Long version) {
        return new ObligationRow(obligation.id().value(), obligation.agreementId().value(), obligation.type(), obligation.dueDate(),
                obligation.status(), obligation.history().stream().map(this::toRow).toList(), obligation.addedReason().orElse(null),
                obligation.accountsApprovedOn().orElse(null), version);
    }

    default Obligation toObligation(ObligationRow row) {
        return Obligation.rehydrate(new ObligationId(row.id()), new AgreementId(row.agreementId()), row.type(), row.dueDate(),
                row.status(), row.history().stream().map(this::toEvent).toList(), row.addedReason(), row.accountsApprovedOn());
    }
}
