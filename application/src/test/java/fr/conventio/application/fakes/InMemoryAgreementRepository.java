package fr.conventio.application.fakes;

import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.shared.BudgetYear;

import java.util.Comparator;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** In-memory {@link AgreementRepository}: optimistic locking, a reference unique ignoring case and accents, stores copies. */
public final class InMemoryAgreementRepository implements AgreementRepository {

    final InMemoryStore<AgreementId, Agreement> store =
            new InMemoryStore<>("Convention", Agreement::id, AggregateCopies::copy, agreement -> agreement.reference().key());

    @Override
    public Optional<Versioned<Agreement>> findById(AgreementId id) {
        return store.find(id);
    }

    @Override
    public Versioned<Agreement> save(Versioned<Agreement> agreement) {
        return store.save(agreement);
    }

    @Override
    public void delete(Versioned<Agreement> agreement) {
        store.delete(agreement);
    }

    @Override
    public long countByAssociation(AssociationId associationId) {
        return store.findAll(a -> a.associationId().equals(associationId)).size();
    }

    @Override
    public boolean existsByReference(AgreementReference reference) {
        return !store.findAll(a -> a.reference().sameAs(reference)).isEmpty();
    }

    @Override
    public Optional<AgreementReference> findSameReference(AgreementReference reference) {
        return store.findAll(a -> a.reference().sameAs(reference)).stream().map(a -> a.value().reference()).findFirst();
    }

    @Override
    public List<AgreementId> findIdsByAssociationAndBudgetYear(AssociationId associationId, BudgetYear budgetYear) {
        return store.findAll(a -> a.associationId().equals(associationId) && a.budgetYear().equals(budgetYear)).stream()
                .map(Versioned::value).sorted(Comparator.comparing(a -> a.reference().value())).map(Agreement::id).toList();
    }

    /** Every stored agreement matching the filter (for the other fakes and for tests). */
    public List<Versioned<Agreement>> findAll(Predicate<Agreement> filter) {
        return store.findAll(filter);
    }
}
