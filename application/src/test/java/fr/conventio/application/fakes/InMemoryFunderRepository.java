package fr.conventio.application.fakes;

import fr.conventio.application.port.out.FunderRepository;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.party.Funder;
import fr.conventio.domain.shared.FunderId;

import java.util.Optional;

/** In-memory {@link FunderRepository}: one funder per installation (a second one is refused), optimistic locking. */
public final class InMemoryFunderRepository implements FunderRepository {

    final InMemoryStore<FunderId, Funder> store = new InMemoryStore<>("Financeur", Funder::id, AggregateCopies::copy, f -> "the funder");

    @Override
    public Optional<Versioned<Funder>> findById(FunderId id) {
        return store.find(id);
    }

    @Override
    public Optional<Versioned<Funder>> findTheFunder() {
        return store.findAll(f -> true).stream().findFirst();
    }

    @Override
    public Versioned<Funder> save(Versioned<Funder> funder) {
        return store.save(funder);
    }
}
