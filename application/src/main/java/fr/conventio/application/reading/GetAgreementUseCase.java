package fr.conventio.application.reading;

import fr.conventio.application.shared.ReadOnly;

/** Everything the agreement page shows, with the actions allowed next, judged on today's date. */
public interface GetAgreementUseCase extends ReadOnly {

    AgreementDetails get(GetAgreementQuery query);
}
