package fr.conventio.application.obligation;

import fr.conventio.application.agreementfile.AgreementFile;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.port.out.CurrentUserPort;
import fr.conventio.application.shared.Saved;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationId;

import java.util.Objects;

/** Accepts the evidence of an obligation, in the name of the current user. */
public final class AcceptEvidenceService implements AcceptEvidenceUseCase {

    private final AgreementFiles files;
    private final CurrentUserPort currentUser;

    public AcceptEvidenceService(AgreementFiles files, CurrentUserPort currentUser) {
        this.files = Objects.requireNonNull(files);
        this.currentUser = Objects.requireNonNull(currentUser);
    }

    @Override
    public Saved<ObligationId> accept(AcceptEvidenceCommand command) {
        AgreementFile file = files.loadOfObligation(command.obligationId());
        Obligation obligation = file.obligationForUpdate(command.obligationId(), command.expectedVersion());
        obligation.accept(currentUser.currentUser(), command.acceptedOn());
        files.save(file);
        return new Saved<>(command.obligationId(), file.versionOf(obligation));
    }
}
