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

/** Rejects the evidence of an obligation with a reason, in the name of the current user. */
public final class RejectEvidenceService implements RejectEvidenceUseCase {

    private final ObligationRepository obligations;
    private final CurrentUserPort currentUser;

    public RejectEvidenceService(ObligationRepository obligations, CurrentUserPort currentUser) {
        this.obligations = Objects.requireNonNull(obligations);
        this.currentUser = Objects.requireNonNull(currentUser);
    }

    @Override
    public Saved<ObligationId> reject(RejectEvidenceCommand command) {
        Versioned<Obligation> loaded = obligations.findById(command.obligationId())
                .orElseThrow(() -> new NotFoundException("Obligation", command.obligationId()));
        Guards.requireVersion(loaded, command.expectedVersion(), "Obligation", command.obligationId());
        loaded.value().reject(command.reason(), currentUser.currentUser(), command.rejectedOn());
        return Saved.of(command.obligationId(), obligations.save(loaded));
    }
}
