package fr.conventio.adapters.persistence.association;

import fr.conventio.adapters.persistence.support.CommonRowMappings;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.party.EmailAddress;
import fr.conventio.domain.party.FiscalYear;
import fr.conventio.domain.party.RnaNumber;
import fr.conventio.domain.party.Siret;
import fr.conventio.domain.shared.AssociationId;

import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

import java.time.MonthDay;

/** Association ↔ {@link AssociationRow}: values by MapStruct, the aggregate through {@link Association#rehydrate}. */
@Mapper(componentModel = MappingConstants.ComponentModel.SPRING, unmappedTargetPolicy = ReportingPolicy.ERROR)
interface AssociationRowMapper extends CommonRowMappings {

    default AssociationRow toRow(Association association, Long version) {
        MonthDay firstDay = association.fiscalYear().firstDay();
        return new AssociationRow(association.id().value(), association.name(), toRow(association.registeredAddress()),
                toRow(association.representative()), association.siret().map(Siret::value).orElse(null),
                association.rna().map(RnaNumber::value).orElse(null), firstDay.getMonthValue(), firstDay.getDayOfMonth(),
                toDecimal(association.annualBudget()), association.republicanCommitmentDate().orElse(null),
                association.contactEmail().map(EmailAddress::value).orElse(null), version);
    }

    default Association toAssociation(AssociationRow row) {
        return Association.rehydrate(new AssociationId(row.id()), row.name(), toAddress(row.address()),
                toRepresentative(row.representative()), row.siret() == null ? null : new Siret(row.siret()),
                row.rna() == null ? null : new RnaNumber(row.rna()),
                new FiscalYear(MonthDay.of(row.fiscalYearStartMonth(), row.fiscalYearStartDay())),
                toAmount(row.annualBudget()), row.republicanCommitmentDate(),
                row.contactEmail() == null ? null : new EmailAddress(row.contactEmail()));
    }
}
