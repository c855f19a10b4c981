package fr.conventio.application.obligation;

import fr.conventio.application.port.out.CurrentUserPort;
import fr.conventio.application.port.out.DocumentStoragePort;
import fr.conventio.application.port.out.ObligationRepository;
import fr.conventio.application.shared.Guards;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.application.shared.Saved;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.obligation.EvidenceRef;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationId;

import java.util.Objects;

/** Records a piece of evidence for an obligation; the document must already be in the document storage. */
public final class ReceiveEvidenceService implements ReceiveEvidenceUseCase {

    private final ObligationRepository obligations;
    private final DocumentStoragePort documents;
    private final CurrentUserPort currentUser;

    public ReceiveEvidenceService(ObligationRepository obligations, DocumentStoragePort documents, CurrentUserPort currentUser) {
        this.obligations = Objects.requireNonNull(obligations);
        this.documents = Objects.requireNonNull(documents);
        this.currentUser = Objects.requireNonNull(currentUser);
    }

    @Override
    public Saved<ObligationId> receive(ReceiveEvidenceCommand command) {
        Versioned<Obligation> loaded = obligations.findById(command.obligationId())
                .orElseThrow(() -> new NotFoundException("Obligation", command.obligationId()));
        Guards.requireVersion(loaded, command.expectedVersion(), "Obligation", command.obligationId());
        if (documents.open(command.documentId()).isEmpty()) {
            throw new NotFoundException("Document", command.documentId());
        }
        loaded.value().receive(new EvidenceRef(command.documentId(), command.fileName()), command.receivedOn(), currentUser.currentUser());
        return Saved.of(command.obligationId(), obligations.save(loaded));
    }
}
