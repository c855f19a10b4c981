package fr.conventio.application.lifecycle;

import fr.conventio.application.shared.Saved;
import fr.conventio.domain.shared.AgreementId;

/** Records the funder's agreement to a third-party delegation (P4). */
public interface RecordThirdPartyDelegationUseCase {

    Saved<AgreementId> record(RecordThirdPartyDelegationCommand command);
}
