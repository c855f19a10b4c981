package fr.conventio.application.port.out;

import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.party.Siret;
import fr.conventio.domain.shared.AssociationId;

import java.util.Optional;

/** Stores the beneficiary associations. */
public interface AssociationRepository {

    Optional<Versioned<Association>> findById(AssociationId id);

    Optional<Versioned<Association>> findBySiret(Siret siret);

    /** Inserts or updates (optimistic locking, see {@link AgreementRepository#save}). */
    Versioned<Association> save(Versioned<Association> association);

    /**
     * Deletes a stored association read at {@code association.version()}, leaving a DELETE row in the audit trail;
     * the store refuses it while an agreement refers to it (a foreign key in a database).
     *
     * @throws fr.conventio.application.shared.ConcurrentUpdateException when someone saved or deleted it since
     */
    void delete(Versioned<Association> association);
}
