package fr.conventio.application.reading;

/** Everything the agreement page shows, with the actions allowed next, judged on today's date. */
public interface GetAgreementUseCase {

    AgreementDetails get(GetAgreementQuery query);
}
