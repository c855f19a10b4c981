package fr.conventio.adapters.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

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
        @Version Long version) implements VersionGuard.VersionedRow {
}
