package fr.conventio.application.obligation;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.shared.TextLimits;

import java.time.LocalDate;

/** Waives an obligation by an explicit decision (O11): when and why (who is the current user). */
public record WaiveObligationCommand(ObligationId obligationId, long expectedVersion, String reason, LocalDate waivedOn) {

    public WaiveObligationCommand {
        CommandChecks.required(obligationId, "obligation");
        CommandChecks.expectedVersion(expectedVersion);
        reason = CommandChecks.requiredText(reason, "motif de la levée", TextLimits.REASON);
        CommandChecks.required(waivedOn, "date de la décision");
    }
}
