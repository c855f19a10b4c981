package fr.conventio.application.drafting;

/** Edits a draft agreement (only in DRAFT; afterwards, amendments). */
public interface EditDraftAgreementUseCase {

    DraftAgreementSaved edit(EditDraftAgreementCommand command);
}
