package fr.conventio.application.obligation;

import fr.conventio.application.agreementfile.AgreementFile;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.port.out.CurrentUserPort;
import fr.conventio.application.port.out.DocumentRef;
import fr.conventio.application.port.out.DocumentStoragePort;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.application.shared.Saved;
import fr.conventio.domain.obligation.EvidenceRef;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationId;

import java.util.Objects;

/**
 * Records a piece of evidence for an obligation; the document must already be in the document storage,
 * whose reference gives the name kept with the evidence (the name as uploaded). Finding it keeps it from
 * the purge of unattached documents until this use case's transaction ends.
 */
public final class ReceiveEvidenceService implements ReceiveEvidenceUseCase {

    private final AgreementFiles files;
    private final DocumentStoragePort documents;
    private final CurrentUserPort currentUser;

    public ReceiveEvidenceService(AgreementFiles files, DocumentStoragePort documents, CurrentUserPort currentUser) {
        this.files = Objects.requireNonNull(files);
        this.documents = Objects.requireNonNull(documents);
        this.currentUser = Objects.requireNonNull(currentUser);
    }

    @Override
    public Saved<ObligationId> receive(ReceiveEvidenceCommand command) {
        AgreementFile file = files.loadOfObligation(command.obligationId());
        Obligation obligation = file.obligationForUpdate(command.obligationId(), command.expectedVersion());
        DocumentRef document = documents.find(command.documentId())
                .orElseThrow(() -> new NotFoundException("Document", command.documentId()));
        obligation.receive(new EvidenceRef(document.id(), document.originalName()), command.receivedOn(), currentUser.currentUser());
        files.save(file);
        return new Saved<>(command.obligationId(), file.versionOf(obligation));
    }
}
