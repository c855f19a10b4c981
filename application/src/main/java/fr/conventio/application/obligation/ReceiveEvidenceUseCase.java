package fr.conventio.application.obligation;

import fr.conventio.application.shared.Saved;
import fr.conventio.domain.obligation.ObligationId;

/** Records evidence received for an obligation (the document must be in the document storage). */
public interface ReceiveEvidenceUseCase {

    Saved<ObligationId> receive(ReceiveEvidenceCommand command);
}
