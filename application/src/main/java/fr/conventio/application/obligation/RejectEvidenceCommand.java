package fr.conventio.application.obligation;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.shared.TextLimits;

import java.time.LocalDate;

/** Rejects the evidence received for an obligation, with the reason told to the association. */
public record RejectEvidenceCommand(ObligationId obligationId, long expectedVersion, String reason, LocalDate rejectedOn) {

    public RejectEvidenceCommand {
        CommandChecks.required(obligationId, "obligation");
        CommandChecks.expectedVersion(expectedVersion);
        reason = CommandChecks.requiredText(reason, "motif du rejet", TextLimits.REASON);
        CommandChecks.required(rejectedOn, "date du rejet");
    }
}
