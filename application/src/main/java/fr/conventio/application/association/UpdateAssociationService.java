package fr.conventio.application.association;

import fr.conventio.application.port.out.AssociationRepository;
import fr.conventio.application.shared.Guards;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.application.shared.Saved;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.shared.AssociationId;

import java.util.Objects;

/** Updates an association (P2); a SIRET used by another association is refused; empty identifiers keep the stored ones. */
public final class UpdateAssociationService implements UpdateAssociationUseCase {

    private final AssociationRepository associations;

    public UpdateAssociationService(AssociationRepository associations) {
        this.associations = Objects.requireNonNull(associations);
    }

    @Override
    public Saved<AssociationId> update(UpdateAssociationCommand command) {
        Versioned<Association> loaded = associations.findById(command.associationId())
                .orElseThrow(() -> new NotFoundException("Association", command.associationId()));
        Guards.requireVersion(loaded, command.expectedVersion(), "Association", command.associationId());
        AssociationData data = command.data();
        AssociationSupport.refuseSiretOfAnother(associations, data.siret(), command.associationId());
        Association association = loaded.value();
        association.rename(data.name());
        association.moveTo(data.registeredAddress());
        association.changeRepresentative(data.representative());
        if (data.siret() != null) {
            association.registerSiret(data.siret());
        }
        if (data.rna() != null) {
            association.registerRna(data.rna());
        }
        association.changeFiscalYear(data.fiscalYear());
        association.declareAnnualBudget(data.annualBudget());
        if (data.republicanCommitmentDate() != null) {
            association.recordRepublicanCommitment(data.republicanCommitmentDate());
        }
        association.changeContactEmail(data.contactEmail());
        return Saved.of(association.id(), associations.save(loaded));
    }
}
