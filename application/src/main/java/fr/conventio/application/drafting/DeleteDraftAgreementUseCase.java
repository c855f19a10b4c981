package fr.conventio.application.drafting;

import fr.conventio.application.shared.Deletion;

/** Deletes a draft agreement (never one approved or signed), with a DELETE row in the audit trail. */
public interface DeleteDraftAgreementUseCase {

    /**
     * @return {@link Deletion#ALREADY_DELETED} when there is no such agreement any more (deleting twice is no error)
     * @throws fr.conventio.application.shared.ConcurrentUpdateException when the draft was saved since the user saw it
     * @throws fr.conventio.domain.shared.IllegalTransitionException when the agreement is no longer a draft
     */
    Deletion delete(DeleteDraftAgreementCommand command);
}
