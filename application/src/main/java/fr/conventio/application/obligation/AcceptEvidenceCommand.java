package fr.conventio.application.obligation;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.domain.obligation.ObligationId;

import java.time.LocalDate;

/** Accepts the evidence received for an obligation. */
public record AcceptEvidenceCommand(ObligationId obligationId, long expectedVersion, LocalDate acceptedOn) {

    public AcceptEvidenceCommand {
        CommandChecks.required(obligationId, "obligation");
        CommandChecks.expectedVersion(expectedVersion);
        CommandChecks.required(acceptedOn, "date d'acceptation");
    }
}
