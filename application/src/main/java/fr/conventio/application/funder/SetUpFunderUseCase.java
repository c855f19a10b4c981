package fr.conventio.application.funder;

import fr.conventio.application.shared.Saved;
import fr.conventio.domain.shared.FunderId;

/** Creates the installation's funder (P1) the first time, then updates it. */
public interface SetUpFunderUseCase {

    Saved<FunderId> setUp(SetUpFunderCommand command);
}
