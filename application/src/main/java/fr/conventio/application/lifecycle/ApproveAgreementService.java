package fr.conventio.application.lifecycle;

import fr.conventio.application.agreementfile.AgreementFile;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.shared.Saved;
import fr.conventio.domain.shared.AgreementId;

import java.util.Objects;

/** Approves a draft by the funder's deliberation (P1), which authorises its signature. */
public final class ApproveAgreementService implements ApproveAgreementUseCase {

    private final AgreementFiles files;

    public ApproveAgreementService(AgreementFiles files) {
        this.files = Objects.requireNonNull(files);
    }

    @Override
    public Saved<AgreementId> approve(ApproveAgreementCommand command) {
        AgreementFile file = files.loadForUpdate(command.agreementId(), command.expectedVersion());
        file.agreement().approve(command.deliberation());
        return Saved.of(command.agreementId(), files.save(file));
    }
}
