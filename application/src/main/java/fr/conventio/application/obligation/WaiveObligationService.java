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

/** Waives an obligation by an explicit decision (O11): who (the current user), when and why. */
public final class WaiveObligationService implements WaiveObligationUseCase {

    private final ObligationRepository obligations;
    private final CurrentUserPort currentUser;

    public WaiveObligationService(ObligationRepository obligations, CurrentUserPort currentUser) {
        this.obligations = Objects.requireNonNull(obligations);
        this.currentUser = Objects.requireNonNull(currentUser);
    }

    @Override
    public Saved<ObligationId> waive(WaiveObligationCommand command) {
        Versioned<Obligation> loaded = obligations.findById(command.obligationId())
                .orElseThrow(() -> new NotFoundException("Obligation", command.obligationId()));
        Guards.requireVersion(loaded, command.expectedVersion(), "Obligation", command.obligationId());
        loaded.value().waive(command.reason(), currentUser.currentUser(), command.waivedOn());
        return Saved.of(command.obligationId(), obligations.save(loaded));
    }
}
