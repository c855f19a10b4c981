package fr.conventio.application.lifecycle;

import fr.conventio.application.shared.Saved;
import fr.conventio.domain.shared.AgreementId;

/** Closing an agreement's file (clôture, D2): the explicit decision of a manager once nothing is left open. */
public interface CloseAgreementUseCase {

    /**
     * @throws fr.conventio.domain.shared.RuleViolationException (D2) listing what is still open: obligations
     *         neither accepted nor waived, a balance due, sums owed that no recovery order claims, orders not recovered
     */
    Saved<AgreementId> close(CloseAgreementCommand command);
}
