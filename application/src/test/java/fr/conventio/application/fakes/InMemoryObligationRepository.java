package fr.conventio.application.fakes;

import fr.conventio.application.port.out.ObligationRepository;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.shared.AgreementId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** In-memory {@link ObligationRepository}: optimistic locking, stores copies. */
public final class InMemoryObligationRepository implements ObligationRepository {

    final InMemoryStore<ObligationId, Obligation> store = new InMemoryStore<>("Obligation", Obligation::id, AggregateCopies::copy);

    @Override
    public Optional<Versioned<Obligation>> findById(ObligationId id) {
        return store.find(id);
    }

    @Override
    public List<Versioned<Obligation>> findByAgreement(AgreementId agreementId) {
        return store.findAll(o -> o.agreementId().equals(agreementId)).stream()
                .sorted(Comparator.comparing((Versioned<Obligation> v) -> v.value().dueDate()).thenComparing(v -> v.value().type()))
                .toList();
    }

    @Override
    public Versioned<Obligation> save(Versioned<Obligation> obligation) {
        return store.save(obligation);
    }

    @Override
    public List<Versioned<Obligation>> saveAll(List<Versioned<Obligation>> obligations) {
        return obligations.stream().map(store::save).toList();
    }

    public List<Versioned<Obligation>> findAll(Predicate<Obligation> filter) {
        return store.findAll(filter);
    }
}
