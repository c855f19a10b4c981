package fr.conventio.application.lifecycle;

import fr.conventio.application.agreementfile.AgreementFile;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.port.out.SubmissionKeysPort;
import fr.conventio.application.shared.Saved;
import fr.conventio.domain.shared.AgreementId;

import java.util.Objects;

/** Records the funder's agreement to entrust all or part of the actions to a third party (P4). */
public final class RecordThirdPartyDelegationService implements RecordThirdPartyDelegationUseCase {

    private final AgreementFiles files;
    private final SubmissionKeysPort submissionKeys;

    public RecordThirdPartyDelegationService(AgreementFiles files, SubmissionKeysPort submissionKeys) {
        this.submissionKeys = Objects.requireNonNull(submissionKeys);
        this.files = Objects.requireNonNull(files);
    }

    @Override
    public Saved<AgreementId> record(RecordThirdPartyDelegationCommand command) {
        return files.once(submissionKeys, command.submission(), RecordThirdPartyDelegationUseCase.class, () -> recordOnce(command),
                saved -> new SubmissionKeysPort.Result(saved.id().toString(), saved.version()),
                first -> new Saved<>(AgreementId.of(first.id()), first.version()));
    }

    private Saved<AgreementId> recordOnce(RecordThirdPartyDelegationCommand command) {
        AgreementFile file = files.loadForUpdate(command.agreementId(), command.expectedVersion());
        file.agreement().recordThirdPartyDelegation(command.description(), command.agreedOn());
        return Saved.of(command.agreementId(), files.save(file));
    }
}
