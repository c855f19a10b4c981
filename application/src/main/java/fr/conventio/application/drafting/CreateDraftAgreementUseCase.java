package fr.conventio.application.drafting;

/** Creates a draft agreement; refuses a duplicate reference; tells whether an agreement is mandatory (D3). */
public interface CreateDraftAgreementUseCase {

    DraftAgreementSaved create(CreateDraftAgreementCommand command);
}
