package fr.conventio.adapters.persistence.support;

import fr.conventio.domain.party.Civility;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who signs for the funder: a row of {@code funder_signatory}, and embedded in
 * {@code agreement_terms} (columns {@code signatory_*}).
 */
@Table("funder_signatory")
public record SignatoryRow(Civility civility, String name, String function, String delegation) {
}
