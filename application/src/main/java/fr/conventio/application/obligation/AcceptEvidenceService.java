package fr.conventio.application.obligation;

import fr.conventio.application.port.out.CurrentUserPort;
import fr.conventio.application.port.out.ObligationRepository;
import fr.conventio.application.shared.Guards;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.application.shared.Saved;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationId;

import java.util.Objects;

/** Accepts the evidence of an obligation, in the name of the current user. */
public final class AcceptEvidenceService implements AcceptEvidenceUseCase {

    private final ObligationRepository obligations;
    private final CurrentUserPort currentUser;

    public AcceptEvidenceService(ObligationRepository obligations, CurrentUserPort currentUser) {
        this.obligations = Objects.requireNonNull(obligations);
        this.currentUser = Objects.requireNonNull(currentUser);
    }

    @Override
    public Saved<ObligationId> accept(AcceptEvidenceCommand command) {
        Versioned<Obligation> loaded = obligations.findById(command.obligationId())
                .orElseThrow(() -> new NotFoundException("Obligation", command.obligationId()));
        Guards.requireVersion(loaded, command.expectedVersion(), "Obligation", command.obligationId());
        loaded.value().accept(currentUser.currentUser(), command.acceptedOn());
        return Saved.of(command.obligationId(), obligations.save(loaded));
    }
}
