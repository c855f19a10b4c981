package fr.conventio.adapters.persistence.funder;

import fr.conventio.adapters.persistence.support.CommonRowMappings;
import fr.conventio.domain.party.Funder;
import fr.conventio.domain.party.Siret;
import fr.conventio.domain.shared.FunderId;

import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/** Funder ↔ {@link FunderRow}: values by MapStruct, the aggregate through {@link Funder#rehydrate}. */
@Mapper(componentModel = MappingConstants.ComponentModel.SPRING, unmappedTargetPolicy = ReportingPolicy.ERROR)
interface FunderRowMapper extends CommonRowMappings {

    default FunderRow toRow(Funder funder, Long version) {
        return new FunderRow(funder.id().value(), funder.name(), funder.kind(), funder.siret().value(),
                toRow(funder.address()), funder.signatories().stream().map(this::toRow).toList(), version);
    }

    default Funder toFunder(FunderRow row) {
        return Funder.rehydrate(new FunderId(row.id()), row.name(), row.kind(), new Siret(row.siret()), toAddress(row.address()),
                row.signatories().stream().map(this::toSignatory).toList());
    }
}
