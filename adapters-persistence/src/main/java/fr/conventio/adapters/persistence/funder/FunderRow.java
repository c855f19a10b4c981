package fr.conventio.adapters.persistence.funder;

import fr.conventio.adapters.persistence.support.AddressRow;
import fr.conventio.adapters.persistence.support.SignatoryRow;
import fr.conventio.adapters.persistence.support.VersionGuard;
import fr.conventio.domain.party.FunderKind;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.util.List;
import java.util.UUID;

/** The funder aggregate as stored: {@code funder} and its {@code funder_signatory} rows. */
@Table("funder")
record FunderRow(
        @Id UUID id,
        String name,
        FunderKind kind,
        String siret,
        @Embedded.Empty(prefix = "address_") AddressRow address,
        @MappedCollection(idColumn = "funder_id", keyColumn = "position") List<SignatoryRow> signatories,
        @Version Long version) implements VersionGuard.VersionedRow {
}
