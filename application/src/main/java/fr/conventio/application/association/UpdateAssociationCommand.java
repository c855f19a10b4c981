package fr.conventio.application.association;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.domain.shared.AssociationId;

/**
 * Updates an association (P2). A SIRET, RNA or commitment date left empty keeps the stored one (the
 * domain never erases an identifier once known).
 */
public record UpdateAssociationCommand(AssociationId associationId, long expectedVersion, AssociationData data) {

    public UpdateAssociationCommand {
        CommandChecks.required(associationId, "association");
        CommandChecks.expectedVersion(expectedVersion);
        CommandChecks.required(data, "association");
    }
}
