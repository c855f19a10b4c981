package fr.conventio.application.obligation;

import fr.conventio.application.shared.Saved;
import fr.conventio.domain.obligation.ObligationId;

/** Accepts the evidence of an obligation (by the current user). */
public interface AcceptEvidenceUseCase {

    Saved<ObligationId> accept(AcceptEvidenceCommand command);
}
