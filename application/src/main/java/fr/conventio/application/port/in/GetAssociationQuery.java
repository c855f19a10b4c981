package fr.conventio.application.port.in;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.domain.shared.AssociationId;

/** Asks for the association page. */
public record GetAssociationQuery(AssociationId associationId) {

    public GetAssociationQuery {
        CommandChecks.required(associationId, "association");
    }
}
