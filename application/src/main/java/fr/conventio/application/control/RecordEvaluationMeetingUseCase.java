package fr.conventio.application.control;

import fr.conventio.application.shared.Saved;
import fr.conventio.domain.shared.AgreementId;

/** Records an evaluation meeting (O9) or a follow-up meeting (O8) on a signed agreement. */
public interface RecordEvaluationMeetingUseCase {

    Saved<AgreementId> record(RecordEvaluationMeetingCommand command);
}
