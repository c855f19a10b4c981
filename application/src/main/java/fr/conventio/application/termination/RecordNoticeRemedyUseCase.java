package fr.conventio.application.termination;

import fr.conventio.application.shared.Saved;
import fr.conventio.domain.shared.AgreementId;

/** Records the remedy of a formal notice's breach. */
public interface RecordNoticeRemedyUseCase {

    Saved<AgreementId> record(RecordNoticeRemedyCommand command);
}
