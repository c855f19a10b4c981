package fr.conventio.application.multiyear;

import fr.conventio.application.shared.Saved;
import fr.conventio.domain.shared.AgreementId;

/**
 * D5: confirms the next year of a signed CPO once its budget is adopted (B4), by a yearly notification or a financial
 * amendment: creates that year's award (same parties, objectives and programme, reference suffixed « -A2 »...),
 * signed on the confirmation date with its own obligations and account, and commits its split for that year. Answers
 * the award.
 */
public interface ConfirmAgreementYearUseCase {

    Saved<AgreementId> confirm(ConfirmAgreementYearCommand command);
}
