package fr.conventio.application.obligation;

import fr.conventio.application.agreementfile.AgreementFile;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.port.out.CurrentUserPort;
import fr.conventio.application.shared.Saved;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationId;

import java.util.Objects;

/** Rejects the evidence of an obligation with a reason, in the name of the current user. */
public final class RejectEvidenceService implements RejectEvidenceUseCase {

    private final AgreementFiles files;
    private final CurrentUserPort currentUser;

    public RejectEvidenceService(AgreementFiles files, CurrentUserPort currentUser) {
        this.files = Objects.requireNonNull(files);
        this.currentUser = Objects.requireNonNull(currentUser);
    }

    @Override
    public Saved<ObligationId> reject(RejectEvidenceCommand command) {
        AgreementFile file = files.loadOfObligation(command.obligationId());
        Obligation obligation = file.obligationForUpdate(command.obligationId(), command.expectedVersion());
        obligation.reject(command.reason(), currentUser.currentUser(), command.rejectedOn());
        files.save(file);
        return new Saved<>(command.obligationId(), file.versionOf(obligation));
    }
}
