package fr.conventio.application.association;

import fr.conventio.application.shared.Saved;
import fr.conventio.domain.shared.AssociationId;

/** Registers an association (P2); refuses a second association with the same SIRET. */
public interface RegisterAssociationUseCase {

    Saved<AssociationId> register(RegisterAssociationCommand command);
}
