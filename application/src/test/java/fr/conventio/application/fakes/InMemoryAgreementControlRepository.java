package fr.conventio.application.fakes;

import fr.conventio.application.port.out.AgreementControlRepository;
import fr.conventio.domain.control.AgreementControl;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.shared.AgreementId;

import java.util.List;
import java.util.Optional;

/** In-memory {@link AgreementControlRepository}: one file per agreement, optimistic locking (the file is immutable: no copy needed). */
public final class InMemoryAgreementControlRepository implements AgreementControlRepository {

    final InMemoryStore<AgreementId, AgreementControl> store =
            new InMemoryStore<>("Dossier de contrôle", AgreementControl::agreementId, c -> c);

    @Override
    public Optional<Versioned<AgreementControl>> findByAgreement(AgreementId agreementId) {
        return store.find(agreementId);
    }

    @Override
    public Versioned<AgreementControl> save(Versioned<AgreementControl> control) {
        return store.save(control);
    }

    public List<Versioned<AgreementControl>> findAll() {
        return store.findAll(c -> true);
    }
}
