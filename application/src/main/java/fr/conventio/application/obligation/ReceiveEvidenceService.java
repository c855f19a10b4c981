package fr.conventio.application.obligation;

import fr.conventio.application.agreementfile.AgreementFile;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.port.out.AssociationRepository;
import fr.conventio.application.port.out.CurrentUserPort;
import fr.conventio.application.port.out.DocumentRef;
import fr.conventio.application.port.out.DocumentStoragePort;
import fr.conventio.application.shared.Guards;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.application.shared.Saved;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.obligation.EvidenceRef;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.obligation.ObligationSchedule;
import fr.conventio.domain.party.Association;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Records a piece of evidence for an obligation; the document must already be in the document storage,
 * whose reference gives the name kept with the evidence (the name as uploaded). Finding it keeps it from
 * the purge of unattached documents until this use case's transaction ends.
 *
 * <p>With the annual accounts (O3), the general assembly's approval date of the accounts, when given, is recorded
 * on them (refused after today, by the clock, or before the close of the association's fiscal year), and the
 * obligations of O5 still open are then due three months after it, the change written in their history.
 */
public final class ReceiveEvidenceService implements ReceiveEvidenceUseCase {

    private final AgreementFiles files;
    private final DocumentStoragePort documents;
    private final CurrentUserPort currentUser;
    private final AssociationRepository associations;
    private final Clock clock;

    public ReceiveEvidenceService(AgreementFiles files, DocumentStoragePort documents, CurrentUserPort currentUser,
                                  AssociationRepository associations, Clock clock) {
        this.files = Objects.requireNonNull(files);
        this.documents = Objects.requireNonNull(documents);
        this.currentUser = Objects.requireNonNull(currentUser);
        this.associations = Objects.requireNonNull(associations);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Saved<ObligationId> receive(ReceiveEvidenceCommand command) {
        AgreementFile file = files.loadOfObligation(command.obligationId());
        Obligation obligation = file.obligationForUpdate(command.obligationId(), command.expectedVersion());
        String user = currentUser.currentUser();
        if (command.accountsApprovedOn() != null) {
            obligation.recordAccountsApproval(command.accountsApprovedOn(), fiscalYearEnd(file.agreement()), Guards.today(clock));
        }
        DocumentRef document = documents.find(command.documentId())
                .orElseThrow(() -> new NotFoundException("Document", command.documentId()));
        obligation.receive(new EvidenceRef(document.id(), document.originalName()), command.receivedOn(), user);
        if (command.accountsApprovedOn() != null) {
            for (Versioned<Obligation> other : file.obligations()) {
                if (ObligationSchedule.countsFromAccountsApproval(other.value().type()) && !other.value().status().isFulfilled()) {
                    file.obligationForUpdate(other.value().id(), other.version())
                            .countFromAccountsApproval(command.accountsApprovedOn(), user, command.receivedOn());
                }
            }
        }
        files.save(file);
        return new Saved<>(command.obligationId(), file.versionOf(obligation));
    }

    /** The close of the association's fiscal year the agreement's accounts are those of (O3). */
    private LocalDate fiscalYearEnd(Agreement agreement) {
        Association association = associations.findById(agreement.associationId()).map(Versioned::value)
                .orElseThrow(() -> new NotFoundException("Association", agreement.associationId()));
        return association.fiscalYear().closingDateOfYearContainingEndOf(agreement.budgetYear());
    }
}
