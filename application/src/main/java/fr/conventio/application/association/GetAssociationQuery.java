package fr.conventio.application.association;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.domain.shared.AssociationId;

/** Asks for the association page. */
public record GetAssociationQuery(AssociationId associationId) {

    public GetAssociationQuery {
        CommandChecks.required(associationId, "association");
    }
}
