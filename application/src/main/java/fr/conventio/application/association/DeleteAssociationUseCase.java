package fr.conventio.application.association;

import fr.conventio.application.shared.Deletion;

/** Deletes an association that no agreement refers to, with a DELETE row in the audit trail. */
public interface DeleteAssociationUseCase {

    /**
     * @return {@link Deletion#ALREADY_DELETED} when there is no such association any more (deleting twice is no error)
     * @throws fr.conventio.application.shared.ConcurrentUpdateException when it was saved since the user saw it
     * @throws fr.conventio.domain.shared.DomainException when an agreement, whatever its state, refers to it
     */
    Deletion delete(DeleteAssociationCommand command);
}
