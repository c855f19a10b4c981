package fr.conventio.adapters.persistence;

import fr.conventio.domain.agreement.ChangedElement;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An amendment ({@code agreement_amendment}, keyed by agreement and number) and the elements it
 * changes; the version it produces is the {@code agreement_terms} row of the same number.
 */
@Table("agreement_amendment")
record AmendmentRow(
        LocalDate amendmentDate,
        String description,
        String otherChange,
        @MappedCollection(idColumn = "agreement_id") Set<ChangeRow> changes) {

    @Table("agreement_amendment_change")
    record ChangeRow(ChangedElement element) {
    }
}
