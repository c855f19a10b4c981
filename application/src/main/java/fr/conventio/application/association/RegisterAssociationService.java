package fr.conventio.application.association;

import fr.conventio.application.port.out.AssociationRepository;
import fr.conventio.application.shared.Saved;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.shared.AssociationId;

import java.util.Objects;

/** Registers an association (P2); a SIRET already registered is refused. */
public final class RegisterAssociationService implements RegisterAssociationUseCase {

    private final AssociationRepository associations;

    public RegisterAssociationService(AssociationRepository associations) {
        this.associations = Objects.requireNonNull(associations);
    }

    @Override
    public Saved<AssociationId> register(RegisterAssociationCommand command) {
        AssociationData data = command.data();
        AssociationSupport.refuseSiretOfAnother(associations, data.siret(), null);
        Association association = Association.create(AssociationId.newId(), data.name(), data.registeredAddress(),
                data.representative(), data.siret(), data.rna(), data.fiscalYear(), data.annualBudget());
        if (data.republicanCommitmentDate() != null) {
            association.recordRepublicanCommitment(data.republicanCommitmentDate());
        }
        return Saved.of(association.id(), associations.save(Versioned.newAggregate(association)));
    }
}
