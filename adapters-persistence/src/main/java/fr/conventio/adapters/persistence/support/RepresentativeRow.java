package fr.conventio.adapters.persistence.support;

import fr.conventio.domain.party.Civility;

/** The association's representative, embedded in its owner's row (columns {@code representative_*}). */
public record RepresentativeRow(Civility civility, String name, String function) {
}
