package fr.conventio.application.fakes;

import fr.conventio.application.port.out.AssociationRepository;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.party.Siret;
import fr.conventio.domain.shared.AssociationId;

import java.util.List;
import java.util.Optional;

/** In-memory {@link AssociationRepository}: optimistic locking, unique SIRET, stores copies. */
public final class InMemoryAssociationRepository implements AssociationRepository {

    final InMemoryStore<AssociationId, Association> store =
            new InMemoryStore<>("Association", Association::id, AggregateCopies::copy, a -> a.siret().orElse(null));
    private InMemoryAgreementRepository agreements;

    @Override
    public Optional<Versioned<Association>> findById(AssociationId id) {
        return store.find(id);
    }

    @Override
    public Optional<Versioned<Association>> findBySiret(Siret siret) {
        return store.findAll(a -> a.siret().map(siret::equals).orElse(false)).stream().findFirst();
    }

    @Override
    public Versioned<Association> save(Versioned<Association> association) {
        return store.save(association);
    }

    /** Deletes the association; refused while an agreement of {@code agreements} refers to it (the database's foreign key). */
    @Override
    public void delete(Versioned<Association> association) {
        if (agreements != null && agreements.countByAssociation(association.value().id()) > 0) {
            throw new IllegalStateException("contrainte de clé étrangère violée : des conventions désignent l'association "
                    + association.value().id());
        }
        store.delete(association);
    }

    /** The agreements whose foreign key to the associations {@link #delete} respects (set by {@link InMemoryConventio}). */
    void referencedBy(InMemoryAgreementRepository agreementRepository) {
        this.agreements = agreementRepository;
    }

    public List<Versioned<Association>> findAll() {
        return store.findAll(a -> true);
    }
}
