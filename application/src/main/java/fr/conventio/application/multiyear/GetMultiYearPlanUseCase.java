package fr.conventio.application.multiyear;

import fr.conventio.application.shared.ReadOnly;
import fr.conventio.domain.shared.AgreementId;

import java.util.Optional;

/** D5: the years of the CPO {@code agreementId} belongs to (its first year or a yearly award); empty for an annual agreement. */
public interface GetMultiYearPlanUseCase extends ReadOnly {

    Optional<MultiYearPlanView> get(AgreementId agreementId);
}
