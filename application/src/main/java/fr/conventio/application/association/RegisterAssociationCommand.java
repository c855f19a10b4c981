package fr.conventio.application.association;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.application.shared.SubmissionKey;

/** Registers a new beneficiary association (P2); the same {@code submission} twice registers one association. */
public record RegisterAssociationCommand(AssociationData data, SubmissionKey submission) {

    public RegisterAssociationCommand {
        CommandChecks.required(data, "association");
        CommandChecks.required(submission, "clé de soumission");
    }

    /** A submission of its own (a new intention each time). */
    public RegisterAssociationCommand(AssociationData data) {
        this(data, SubmissionKey.newKey());
    }
}
