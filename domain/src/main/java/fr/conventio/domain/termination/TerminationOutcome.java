package fr.conventio.domain.termination;

import fr.conventio.domain.settlement.RecoveryClaim;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.shared.Amount;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a termination decides (T1–T3): when it takes effect, why, and the money.
 *
 * @param amountKept         what the association may keep of the subsidy
 * @param amountToRestitute  what it must give back: received − kept, never below zero
 */
public record TerminationOutcome(LocalDate effectiveDate, TerminationGround ground, Party initiatedBy,
                                 RestitutionMode restitution, Amount amountKept, Amount amountToRestitute) {

    /** The claim of a recovery order (A2) for the restitution, when there is one. */
    public Optional<RecoveryClaim> recoveryClaim() {
        return amountToRestitute.isZero() ? Optional.empty()
                : Optional.of(new RecoveryClaim(RecoveryGround.TERMINATION_RESTITUTION, amountToRestitute));
    }
}
