package fr.conventio.application.obligation;

import fr.conventio.application.shared.Saved;
import fr.conventio.domain.obligation.ObligationId;

/** Waives an obligation (O11), recording who, when and why. */
public interface WaiveObligationUseCase {

    Saved<ObligationId> waive(WaiveObligationCommand command);
}
