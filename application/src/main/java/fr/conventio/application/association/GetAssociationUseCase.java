package fr.conventio.application.association;

import fr.conventio.application.shared.ReadOnly;

/** Everything the association page shows: its record (to edit), its agreements and the documents it sent. */
public interface GetAssociationUseCase extends ReadOnly {

    AssociationDetails get(GetAssociationQuery query);
}
