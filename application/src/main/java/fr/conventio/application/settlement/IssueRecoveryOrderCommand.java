package fr.conventio.application.settlement;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;

import java.time.LocalDate;

/**
 * Issues a recovery order (A2) on a ground, for the amount staff typed: it must be exactly what the
 * association owes on that ground and is not yet claimed by another order.
 */
public record IssueRecoveryOrderCommand(AgreementId agreementId, long expectedVersion, RecoveryGround ground, Amount amount,
                                        LocalDate issuedOn, SubmissionKey submission) {

    public IssueRecoveryOrderCommand {
        CommandChecks.required(agreementId, "convention");
        CommandChecks.expectedVersion(expectedVersion);
        CommandChecks.required(ground, "motif du titre");
        CommandChecks.required(amount, "montant du titre");
        CommandChecks.required(issuedOn, "date d'émission");
        CommandChecks.required(submission, "clé de soumission");
    }

    /** A submission of its own (a new intention each time). */
    public IssueRecoveryOrderCommand(AgreementId agreementId, long expectedVersion, RecoveryGround ground, Amount amount, LocalDate issuedOn) {
        this(agreementId, expectedVersion, ground, amount, issuedOn, SubmissionKey.newKey());
    }
}
