package fr.conventio.adapters.persistence.association;

import fr.conventio.adapters.persistence.support.AddressRow;
import fr.conventio.adapters.persistence.support.RepresentativeRow;
import fr.conventio.adapters.persistence.support.VersionGuard;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** The association aggregate as stored in {@code association}. The fiscal year is its first day (month, day). */
@Table("association")
record AssociationRow(
        @Id UUID id,
        String name,
        @Embedded.Empty(prefix = "address_") AddressRow address,
        @Embedded.Empty(prefix = "representative_") RepresentativeRow representative,
        String siret,
        String rna,
        int fiscalYearStartMonth,
        int fiscalYearStartDay,
        BigDecimal annualBudget,
        LocalDate republicanCommitmentDate,
        String contactEmail,
        @Version Long version) implements VersionGuard.VersionedRow {
}
