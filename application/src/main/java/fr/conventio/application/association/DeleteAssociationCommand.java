package fr.conventio.application.association;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.domain.shared.AssociationId;

/** Deletes an association the user saw at {@code expectedVersion}. */
public record DeleteAssociationCommand(AssociationId associationId, long expectedVersion) {

    public DeleteAssociationCommand {
        CommandChecks.required(associationId, "association");
        CommandChecks.expectedVersion(expectedVersion);
    }
}
