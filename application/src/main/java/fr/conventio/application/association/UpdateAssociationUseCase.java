package fr.conventio.application.association;

import fr.conventio.application.shared.Saved;
import fr.conventio.domain.shared.AssociationId;

/** Updates an association (P2); refuses a SIRET already used by another association. */
public interface UpdateAssociationUseCase {

    Saved<AssociationId> update(UpdateAssociationCommand command);
}
