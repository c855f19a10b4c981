package fr.conventio.application.control;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.domain.settlement.FundingDecisionCause;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.TextLimits;

import java.time.LocalDate;

/**
 * A decision of the funder under Art. 4.4 (A3): suspend or resume payments, reduce the subsidy,
 * reconsider the amount, demand repayment. Cause and reason are required except to resume; the
 * amount is checked by the domain (none to suspend, required to reduce or demand repayment).
 */
public record RecordFundingDecisionCommand(AgreementId agreementId, long expectedVersion, FundingDecisionAction action,
                                           FundingDecisionCause cause, String reason, Amount amount, LocalDate decidedOn, SubmissionKey submission) {

    public RecordFundingDecisionCommand {
        CommandChecks.required(agreementId, "convention");
        CommandChecks.expectedVersion(expectedVersion);
        CommandChecks.required(action, "décision");
        CommandChecks.required(decidedOn, "date de la décision");
        if (action != FundingDecisionAction.RESUME_PAYMENTS) {
            CommandChecks.required(cause, "cause de la décision");
            reason = CommandChecks.requiredText(reason, "motif de la décision", TextLimits.REASON);
        } else {
            reason = CommandChecks.optionalText(reason, "motif de la décision", TextLimits.REASON);
        }
        CommandChecks.required(submission, "clé de soumission");
    }

    /** A submission of its own (a new intention each time). */
    public RecordFundingDecisionCommand(AgreementId agreementId, long expectedVersion, FundingDecisionAction action, FundingDecisionCause cause, String reason, Amount amount, LocalDate decidedOn) {
        this(agreementId, expectedVersion, action, cause, reason, amount, decidedOn, SubmissionKey.newKey());
    }
}
