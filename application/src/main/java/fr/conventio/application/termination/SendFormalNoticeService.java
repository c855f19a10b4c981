package fr.conventio.application.termination;

import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.port.out.AgreementControlRepository;
import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.domain.control.AgreementControl;
import fr.conventio.application.shared.Guards;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.shared.FrenchFormat;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.termination.FormalNotice;

import java.util.Objects;

/**
 * Records a formal notice sent by registered letter (T1) on a signed, suspended or settled agreement,
 * not before its signature. The agreement is stored again (its version covers its control file).
 */
public final class SendFormalNoticeService implements SendFormalNoticeUseCase {

    private final AgreementRepository agreements;
    private final AgreementControlRepository controls;

    public SendFormalNoticeService(AgreementRepository agreements, AgreementControlRepository controls) {
        this.agreements = Objects.requireNonNull(agreements);
        this.controls = Objects.requireNonNull(controls);
    }

    @Override
    public SendFormalNoticeResult send(SendFormalNoticeCommand command) {
        Versioned<Agreement> loaded = AgreementFiles.loadAgreementForUpdate(agreements, command.agreementId(), command.expectedVersion());
        Agreement agreement = loaded.value();
        Guards.requireStatus(agreement, "adresser une mise en demeure (T1)", AgreementStatus.SIGNED, AgreementStatus.SUSPENDED,
                AgreementStatus.SETTLED);
        if (command.sentOn().isBefore(agreement.signatureDate().orElseThrow())) {
            throw new InvalidValueException("date d'envoi", "la mise en demeure du " + FrenchFormat.date(command.sentOn())
                    + " précède la signature du " + FrenchFormat.date(agreement.signatureDate().orElseThrow()));
        }
        FormalNotice notice = FormalNotice.send(command.sentOn(), command.registeredLetterReference(), command.breach(), command.sentBy());
        Versioned<AgreementControl> control = AgreementFiles.loadControl(controls, agreement.id());
        AgreementControl updated = control.value().withNotice(notice);

        Versioned<Agreement> saved = agreements.save(loaded);
        controls.save(new Versioned<>(updated, control.version()));
        return new SendFormalNoticeResult(updated.formalNotices().size(), notice.earliestTerminationDate(), saved.version());
    }
}
