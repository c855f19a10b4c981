package fr.conventio.application.lifecycle;

import fr.conventio.application.shared.Saved;
import fr.conventio.domain.shared.AgreementId;

/** DRAFT → APPROVED by a deliberation of the funder (P1). */
public interface ApproveAgreementUseCase {

    Saved<AgreementId> approve(ApproveAgreementCommand command);
}
