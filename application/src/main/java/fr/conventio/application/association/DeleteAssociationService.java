package fr.conventio.application.association;

import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.port.out.AssociationRepository;
import fr.conventio.application.shared.Deletion;
import fr.conventio.application.shared.Guards;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.party.Association;

import java.util.Objects;
import java.util.Optional;

/** Deletes an association: refused while an agreement refers to it (domain), or when saved since the user saw it. */
public final class DeleteAssociationService implements DeleteAssociationUseCase {

    private final AssociationRepository associations;
    private final AgreementRepository agreements;

    public DeleteAssociationService(AssociationRepository associations, AgreementRepository agreements) {
        this.associations = Objects.requireNonNull(associations);
        this.agreements = Objects.requireNonNull(agreements);
    }

    @Override
    public Deletion delete(DeleteAssociationCommand command) {
        Optional<Versioned<Association>> loaded = associations.findById(command.associationId());
        if (loaded.isEmpty()) {
            return Deletion.ALREADY_DELETED;
        }
        Guards.requireVersion(loaded.get(), command.expectedVersion(), "Association", command.associationId());
        loaded.get().value().requireDeletable(agreements.countByAssociation(command.associationId()));
        associations.delete(loaded.get());
        return Deletion.DELETED;
    }
}
