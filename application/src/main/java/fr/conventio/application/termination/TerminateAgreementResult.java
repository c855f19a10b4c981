package fr.conventio.application.termination;

import fr.conventio.domain.settlement.RecoveryOrderNumber;
import fr.conventio.domain.termination.TerminationOutcome;

import java.util.Optional;

/** The termination decided (amount kept, amount to restitute), the agreement's new version and the recovery order issued, if any. */
public record TerminateAgreementResult(long agreementVersion, TerminationOutcome outcome, RecoveryOrderNumber recoveryOrderNumber) {

    public Optional<RecoveryOrderNumber> optionalRecoveryOrderNumber() {
        return Optional.ofNullable(recoveryOrderNumber);
    }
}
