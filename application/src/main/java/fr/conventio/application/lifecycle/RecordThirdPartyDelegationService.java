package fr.conventio.application.lifecycle;

import fr.conventio.application.agreementfile.AgreementFile;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.shared.Saved;
import fr.conventio.domain.shared.AgreementId;

import java.util.Objects;

/** Records the funder's agreement to entrust all or part of the actions to a third party (P4). */
public final class RecordThirdPartyDelegationService implements RecordThirdPartyDelegationUseCase {

    private final AgreementFiles files;

    public RecordThirdPartyDelegationService(AgreementFiles files) {
        this.files = Objects.requireNonNull(files);
    }

    @Override
    public Saved<AgreementId> record(RecordThirdPartyDelegationCommand command) {
        AgreementFile file = files.loadForUpdate(command.agreementId(), command.expectedVersion());
        file.agreement().recordThirdPartyDelegation(command.description(), command.agreedOn());
        return Saved.of(command.agreementId(), files.save(file));
    }
}
