package fr.conventio.application.association;

import fr.conventio.application.shared.CommandChecks;

/** Registers a new beneficiary association (P2). */
public record RegisterAssociationCommand(AssociationData data) {

    public RegisterAssociationCommand {
        CommandChecks.required(data, "association");
    }
}
