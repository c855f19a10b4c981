package fr.conventio.application.association;

import fr.conventio.application.port.out.AssociationRepository;
import fr.conventio.application.port.out.SubmissionKeysPort;
import fr.conventio.application.shared.Saved;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.shared.AssociationId;

import java.util.Objects;

/** Registers an association (P2); a SIRET already registered is refused; one association per submission. */
public final class RegisterAssociationService implements RegisterAssociationUseCase {

    private final AssociationRepository associations;
    private final SubmissionKeysPort submissionKeys;

    public RegisterAssociationService(AssociationRepository associations, SubmissionKeysPort submissionKeys) {
        this.associations = Objects.requireNonNull(associations);
        this.submissionKeys = Objects.requireNonNull(submissionKeys);
    }

    @Override
    public Saved<AssociationId> register(RegisterAssociationCommand command) {
        return submissionKeys.once(command.submission(), RegisterAssociationUseCase.class, () -> registerOnce(command),
                saved -> new SubmissionKeysPort.Result(saved.id().toString(), saved.version()),
                first -> new Saved<>(AssociationId.of(first.id()), first.version()));
    }

    private Saved<AssociationId> registerOnce(RegisterAssociationCommand command) {
        AssociationData data = command.data();
        AssociationSupport.refuseSiretOfAnother(associations, data.siret(), null);
        Association association = Association.create(AssociationId.newId(), data.name(), data.registeredAddress(),
                data.representative(), data.siret(), data.rna(), data.fiscalYear(), data.annualBudget());
        if (data.republicanCommitmentDate() != null) {
            association.recordRepublicanCommitment(data.republicanCommitmentDate());
        }
        association.changeContactEmail(data.contactEmail());
        return Saved.of(association.id(), associations.save(Versioned.newAggregate(association)));
    }
}
