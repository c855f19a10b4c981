package fr.conventio.adapters.persistence;

import fr.conventio.domain.party.Civility;

/** The association's representative, embedded in its owner's row (columns {@code representative_*}). */
record RepresentativeRow(Civility civility, String name, String function) {
}
