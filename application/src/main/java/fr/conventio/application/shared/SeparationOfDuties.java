package fr.conventio.application.shared;

import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.Settlement;

import java.util.Objects;
import java.util.Optional;

/**
 * The four-eyes rules of a funder's services, on by default ({@code conventio.security.separation-of-duties}):
 * whoever drafted an agreement may not approve it (another manager does), and whoever recorded its settlement
 * may not pay its balance (another member of the finance department does). The use cases check before
 * anything is written; the agreement page does not offer the action to that person. When off, or when the
 * author is unknown (agreements and settlements recorded before authors were kept), nothing is refused.
 *
 * @param enforced whether the rules apply
 */
public record SeparationOfDuties(boolean enforced) {

    public static final SeparationOfDuties ENFORCED = new SeparationOfDuties(true);
    public static final SeparationOfDuties OFF = new SeparationOfDuties(false);

    /** Whether {@code user} may record the deliberation approving {@code agreement}. */
    public boolean mayApprove(Agreement agreement, String user) {
        return !enforced || !sameUser(agreement.createdBy(), user);
    }

    /** Whether {@code user} may pay the balance of {@code agreement}. */
    public boolean mayPayBalance(Agreement agreement, String user) {
        return !enforced || !sameUser(agreement.settlement().flatMap(Settlement::settledByIfKnown), user);
    }

    /** Refuses, saying who may, when {@code user} drafted {@code agreement}. */
    public void checkApproval(Agreement agreement, String user) {
        if (!mayApprove(agreement, user)) {
            throw new SeparationOfDutiesException("Séparation des tâches : vous avez rédigé la convention " + agreement.reference()
                    + " ; sa délibération d'approbation doit être enregistrée par un autre responsable.");
        }
    }

    /** Refuses, saying who may, when {@code user} recorded the settlement of {@code agreement}. */
    public void checkBalancePayment(Agreement agreement, String user) {
        if (!mayPayBalance(agreement, user)) {
            throw new SeparationOfDutiesException("Séparation des tâches : vous avez enregistré la liquidation de la convention "
                    + agreement.reference() + " ; son solde doit être versé par un autre agent du service financier.");
        }
    }

    private static boolean sameUser(Optional<String> author, String user) {
        Objects.requireNonNull(user, "utilisateur courant");
        return author.map(login -> login.equalsIgnoreCase(user.strip())).orElse(false);
    }
}
