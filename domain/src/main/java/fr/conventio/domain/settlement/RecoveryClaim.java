package fr.conventio.domain.settlement;

import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.InvalidValueException;

/**
 * An amount the association owes back, as computed by the rule that decides it: {@link Settlement}
 * (A1), {@link FundingDecision} (A3), the termination outcome (T3) or the republican commitment (N2).
 * A {@link RecoveryOrder} is issued for exactly this amount.
 */
public record RecoveryClaim(RecoveryGround ground, Amount amountDue) {

    public RecoveryClaim {
        if (ground == null) {
            throw new InvalidValueException("motif du titre", "le motif de la créance est absent");
        }
        if (amountDue == null || amountDue.isZero()) {
            throw new InvalidValueException("montant dû", "une créance porte sur un montant strictement positif");
        }
    }
}
