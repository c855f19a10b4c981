package fr.conventio.application.termination;

import fr.conventio.application.agreementfile.AgreementFile;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.port.out.SubmissionKeysPort;
import fr.conventio.application.shared.Guards;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.control.AgreementControl;
import fr.conventio.domain.shared.FrenchFormat;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.termination.FormalNotice;

import java.util.Objects;

/** Sends a formal notice (mise en demeure, T1) by registered letter: kept in the control file, numbered in order, with the earliest termination date. */
public final class SendFormalNoticeService implements SendFormalNoticeUseCase {

    private final AgreementFiles files;
    private final SubmissionKeysPort submissionKeys;

    public SendFormalNoticeService(AgreementFiles files, SubmissionKeysPort submissionKeys) {
        this.submissionKeys = Objects.requireNonNull(submissionKeys);
        this.files = Objects.requireNonNull(files);
    }

    @Override
    public SendFormalNoticeResult send(SendFormalNoticeCommand command) {
        return files.once(submissionKeys, command.submission(), SendFormalNoticeUseCase.class, () -> sendOnce(command),
                sent -> new SubmissionKeysPort.Result(command.agreementId() + "#" + sent.noticeNumber(), sent.agreementVersion()),
                first -> {
                    int number = Integer.parseInt(first.id().substring(first.id().indexOf('#') + 1));
                    FormalNotice notice = files.load(command.agreementId()).control().formalNotices().get(number - 1);
                    return new SendFormalNoticeResult(number, notice.earliestTerminationDate(), first.version());
                });
    }

    private SendFormalNoticeResult sendOnce(SendFormalNoticeCommand command) {
        AgreementFile file = files.loadForUpdate(command.agreementId(), command.expectedVersion());
        Agreement agreement = file.agreement();
        Guards.requireStatus(agreement, "adresser une mise en demeure", AgreementStatus.SIGNED, AgreementStatus.SUSPENDED,
                AgreementStatus.SETTLED);
        if (command.sentOn().isBefore(agreement.signatureDate().orElseThrow())) {
            throw new InvalidValueException("date d'envoi", "la mise en demeure du " + FrenchFormat.date(command.sentOn())
                    + " précède la signature du " + FrenchFormat.date(agreement.signatureDate().orElseThrow()));
        }
        FormalNotice notice = FormalNotice.send(command.sentOn(), command.registeredLetterReference(), command.breach(), command.sentBy());
        AgreementControl updated = file.control().withNotice(notice);
        file.replaceControl(updated);
        Versioned<Agreement> saved = files.save(file);
        return new SendFormalNoticeResult(updated.formalNotices().size(), notice.earliestTerminationDate(), saved.version());
    }
}
