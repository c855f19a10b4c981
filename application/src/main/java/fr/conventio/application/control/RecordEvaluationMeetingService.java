package fr.conventio.application.control;

import fr.conventio.application.agreementfile.AgreementFile;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.port.out.CurrentUserPort;
import fr.conventio.application.port.out.SubmissionKeysPort;
import fr.conventio.application.shared.Guards;
import fr.conventio.application.shared.Saved;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.control.MeetingRecord;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.FrenchFormat;
import fr.conventio.domain.shared.InvalidValueException;

import java.util.Objects;

/** Records a meeting held with the association (O8 follow-up, O9 evaluation) in the agreement's control file, with who recorded it. */
public final class RecordEvaluationMeetingService implements RecordEvaluationMeetingUseCase {

    private final AgreementFiles files;
    private final CurrentUserPort currentUser;
    private final SubmissionKeysPort submissionKeys;

    public RecordEvaluationMeetingService(AgreementFiles files, CurrentUserPort currentUser, SubmissionKeysPort submissionKeys) {
        this.submissionKeys = Objects.requireNonNull(submissionKeys);
        this.files = Objects.requireNonNull(files);
        this.currentUser = Objects.requireNonNull(currentUser);
    }

    @Override
    public Saved<AgreementId> record(RecordEvaluationMeetingCommand command) {
        return files.once(submissionKeys, command.submission(), RecordEvaluationMeetingUseCase.class, () -> recordOnce(command),
                saved -> new SubmissionKeysPort.Result(saved.id().toString(), saved.version()),
                first -> new Saved<>(AgreementId.of(first.id()), first.version()));
    }

    private Saved<AgreementId> recordOnce(RecordEvaluationMeetingCommand command) {
        AgreementFile file = files.loadForUpdate(command.agreementId(), command.expectedVersion());
        Agreement agreement = file.agreement();
        Guards.requireStatus(agreement, "enregistrer une réunion", AgreementStatus.SIGNED, AgreementStatus.SUSPENDED,
                AgreementStatus.SETTLED, AgreementStatus.CLOSED, AgreementStatus.TERMINATED);
        if (command.heldOn().isBefore(agreement.signatureDate().orElseThrow())) {
            throw new InvalidValueException("date de la réunion", "la réunion du " + FrenchFormat.date(command.heldOn())
                    + " précède la signature du " + FrenchFormat.date(agreement.signatureDate().orElseThrow()));
        }
        MeetingRecord meeting = new MeetingRecord(command.kind(), command.heldOn(), command.summary(), currentUser.currentUser());
        file.replaceControl(file.control().withMeeting(meeting));
        return Saved.of(command.agreementId(), files.save(file));
    }
}
