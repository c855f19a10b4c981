package fr.conventio.application.port.in;

/** Edits a draft agreement (only in DRAFT; afterwards, amendments). */
public interface EditDraftAgreementUseCase {

    DraftAgreementSaved edit(EditDraftAgreementCommand command);
}
