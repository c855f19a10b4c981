package fr.conventio.application.fakes;

import fr.conventio.application.port.out.RecoveryOrderRepository;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.settlement.RecoveryOrder;
import fr.conventio.domain.settlement.RecoveryOrderId;
import fr.conventio.domain.shared.AgreementId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** In-memory {@link RecoveryOrderRepository}: optimistic locking, unique number per funder, stores copies. */
public final class InMemoryRecoveryOrderRepository implements RecoveryOrderRepository {

    final InMemoryStore<RecoveryOrderId, RecoveryOrder> store = new InMemoryStore<>("Titre de recettes", RecoveryOrder::id,
            AggregateCopies::copy, o -> o.funderId() + "/" + o.number());

    @Override
    public Optional<Versioned<RecoveryOrder>> findById(RecoveryOrderId id) {
        return store.find(id);
    }

    @Override
    public List<Versioned<RecoveryOrder>> findByAgreement(AgreementId agreementId) {
        return store.findAll(o -> o.agreementId().equals(agreementId)).stream()
                .sorted(Comparator.comparing(v -> v.value().number())).toList();
    }

    public List<Versioned<RecoveryOrder>> findAll(Predicate<RecoveryOrder> filter) {
        return store.findAll(filter);
    }

    @Override
    public Versioned<RecoveryOrder> save(Versioned<RecoveryOrder> order) {
        return store.save(order);
    }
}
