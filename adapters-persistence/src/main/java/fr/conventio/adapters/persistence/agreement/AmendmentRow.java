package fr.conventio.adapters.persistence.agreement;

import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;
import java.util.List;

/**
 * An amendment ({@code agreement_amendment}, keyed by agreement and number) with the names of the
 * elements it changes ({@code text[]}); the version it produces is the {@code agreement_terms} row
 * of the same number.
 */
@Table("agreement_amendment")
record AmendmentRow(LocalDate amendmentDate, String description, List<String> changes, String otherChange) {
}
