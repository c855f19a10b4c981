package fr.conventio.application.obligation;

import fr.conventio.application.shared.Saved;
import fr.conventio.domain.obligation.ObligationId;

/** Rejects the evidence of an obligation with a reason (by the current user); new evidence is then expected. */
public interface RejectEvidenceUseCase {

    Saved<ObligationId> reject(RejectEvidenceCommand command);
}
