package fr.conventio.application.lifecycle;

import fr.conventio.application.agreementfile.AgreementFile;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.port.out.CurrentUserPort;
import fr.conventio.application.shared.SeparationOfDuties;
import fr.conventio.application.shared.Saved;
import fr.conventio.domain.shared.AgreementId;

import java.util.Objects;

/**
 * Approves a draft by the funder's deliberation (P1), which authorises its signature; not by whoever drafted
 * it when duties are separated ({@link SeparationOfDuties}), refused before anything is written.
 */
public final class ApproveAgreementService implements ApproveAgreementUseCase {

    private final AgreementFiles files;
    private final CurrentUserPort currentUser;
    private final SeparationOfDuties separationOfDuties;

    public ApproveAgreementService(AgreementFiles files, CurrentUserPort currentUser, SeparationOfDuties separationOfDuties) {
        this.files = Objects.requireNonNull(files);
        this.currentUser = Objects.requireNonNull(currentUser);
        this.separationOfDuties = Objects.requireNonNull(separationOfDuties);
    }

    @Override
    public Saved<AgreementId> approve(ApproveAgreementCommand command) {
        AgreementFile file = files.loadForUpdate(command.agreementId(), command.expectedVersion());
        separationOfDuties.checkApproval(file.agreement(), currentUser.currentUser());
        file.agreement().approve(command.deliberation());
        return Saved.of(command.agreementId(), files.save(file));
    }
}
